/**
 * The bundle's shell scripts: the {@code produce} entry point, the workflow in {@code
 * scripts/commands/produce.sh} and its helpers in {@code scripts/lib/}. Together they implement the
 * apply contract of DESIGN.md (verify, preflight, back up, install atomically, validate, reload,
 * health-check, restore on failure; {@code --dry-run}, {@code --check}, {@code --rollback}).
 *
 * <p>Only two scripts are rendered: {@code produce} (its provenance header) and {@code
 * scripts/lib/bundle.sh}, which {@link dev.produce.generators.scripts.BundleVariables} fills with
 * this profile's values (PHP paths, site root, cache backend, packages, managed files, ports) as
 * shell variables and arrays. Every other script is static shell, the same in every bundle, kept as
 * a plain file under {@code src/main/resources/shell/} and copied byte for byte ({@link
 * dev.produce.generators.scripts.StaticScripts}). A new static library: add the file under {@code
 * resources/shell/scripts/lib/}, one line in {@link dev.produce.generators.scripts.StaticScripts#PATHS},
 * and a {@code source} line in {@code templates/produce.vm}.
 */
package dev.produce.generators.scripts;
