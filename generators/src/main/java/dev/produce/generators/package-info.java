/**
 * Turns a {@link dev.produce.model.ServerProfile} into a bundle: {@link
 * dev.produce.generators.Generators} is the single ordered inventory (script generators, the
 * model's bundle plan rendered by {@code config.InstalledFiles}, metadata) and yields
 * {@code SHA256SUMS} last. Templates live under {@code src/main/resources/templates/} in a tree
 * that mirrors the bundle and only print values the model computed; the static shell (scripts the
 * same in every bundle) lives as plain files under {@code src/main/resources/shell/}, a tree that
 * mirrors the bundle too, copied byte for byte.
 *
 * <p>Sub-packages: {@code render} (the generator contract and Velocity), {@code config} (the
 * files installed on the target, rendered from the plan), {@code meta} (profile.json, README.md,
 * .verification.yml, SHA256SUMS), {@code scripts} (the shell scripts that apply the bundle),
 * {@code packages} (vendored .deb files) and {@code write} (a bundle onto disk or into an archive).
 * {@link dev.produce.generators.CompileWarmup} starts a compile's one-time work on a second thread.
 * Edges point one way: this package → sub-packages → {@code render} → the model.
 */
package dev.produce.generators;
