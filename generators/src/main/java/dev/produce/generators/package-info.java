/**
 * Turns a {@link dev.produce.model.ServerProfile} into a bundle: one {@link
 * dev.produce.generators.FileGenerator} and one Velocity template per bundle file, templates under
 * {@code src/main/resources/templates/} in a tree that mirrors the bundle, and one ordered inventory
 * ({@link dev.produce.generators.Generators}) that also yields {@code SHA256SUMS}.
 *
 * <p>Templates only print values the model computed ({@link dev.produce.generators.Templates} runs
 * Velocity in strict mode, so a misspelt reference fails instead of printing {@code $foo}). This
 * module is the only code that writes a bundle to disk: {@link dev.produce.generators.BundleWriter}
 * (a directory, all or nothing, never into a directory that is not a previous bundle) and
 * {@link dev.produce.generators.BundleArchive} (a reproducible {@code .tar.gz}).
 *
 * <p>Sub-packages: {@code config.*} (the files installed on the target, one package per service),
 * {@code meta} (profile.json, README.md, .verification.yml, SHA256SUMS) and {@code scripts} (the
 * shell scripts that apply the bundle).
 */
package dev.produce.generators;
