/**
 * The Ansible content a fleet compile writes beside its bundles ({@link
 * dev.produce.generators.rollout.RolloutFiles}): one Velocity template per file under
 * {@code templates/rollout/}, rendered with {@link dev.produce.generators.render.Templates}. The
 * rollout itself is Ansible's (serial batches, failure threshold, check and diff modes); produce
 * contributes the bundle and its summary line.
 */
package dev.produce.generators.rollout;
