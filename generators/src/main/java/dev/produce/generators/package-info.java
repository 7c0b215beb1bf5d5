/**
 * Turns a {@link dev.produce.model.ServerProfile} into a bundle: one {@link
 * dev.produce.generators.FileGenerator} and one Velocity template per bundle file, templates under
 * {@code src/main/resources/templates/} in a tree that mirrors the bundle, and one ordered inventory
 * ({@link dev.produce.generators.Generators}) that also yields {@code SHA256SUMS}.
 *
 * <p>Templates only print values the model computed ({@link dev.produce.generators.Templates} runs
 * Velocity in strict mode, so a misspelt reference fails instead of printing {@code $foo}). This
 * module is the only code that writes a bundle to disk.
 */
package dev.produce.generators;
