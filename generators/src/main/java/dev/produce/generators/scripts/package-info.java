/**
 * The bundle's shell scripts: the {@code produce} entry point, the workflow in {@code
 * scripts/commands/produce.sh} and its helpers in {@code scripts/lib/}. Together they implement the
 * apply contract of DESIGN.md (verify, preflight, back up, install atomically, validate, reload,
 * health-check, restore on failure; {@code --dry-run}, {@code --check}, {@code --rollback}).
 *
 * <p>Every script is one generator and one template. All scripts are the same static text for every
 * bundle apart from their provenance header, except {@code scripts/lib/bundle.sh}, which {@link
 * dev.produce.generators.scripts.BundleVariables} fills with this profile's values (PHP paths, site
 * root, cache backend, packages, managed files, ports) as shell variables and arrays.
 */
package dev.produce.generators.scripts;
