/**
 * The model: command-line inputs, their validation, and the sizing arithmetic that turns them into
 * one immutable {@link dev.produce.model.ServerProfile}.
 *
 * <p>Records and pure functions only. Nothing here does I/O, and the module has no third-party
 * dependencies (the Maven enforcer bans them): the model knows nothing of templates, YAML, JSON or
 * containers. Every number a bundle contains is computed once, in {@link dev.produce.model.Profiles},
 * and recorded with its derivation ({@link dev.produce.model.Derivation}) so that {@code --explain},
 * {@code profile.json} and the bundle README can say why it was chosen.
 *
 * <p>The model also owns <em>what a bundle is</em>: {@link dev.produce.model.BundlePlan} lists every
 * file installed on the target (bundle path, target path, template, owner, mode, daemon, kept
 * directives), the directories apply creates, produce's retired files, the services in start order
 * and the required packages. The distro's paths, package, service and user names live in one
 * {@link dev.produce.model.Platform} (built by {@link dev.produce.model.Distro}: Debian 13 or 12), from
 * which the plan and every derived path ({@code php-fpm.conf}, pid files, {@code settings.php}) are computed; generators and checks
 * only copy them out.
 */
package dev.produce.model;
