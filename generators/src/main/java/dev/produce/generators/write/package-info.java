/**
 * The only code that puts a bundle on disk: {@link dev.produce.generators.write.BundleWriter} (a
 * directory, all or nothing, never into a directory that is not a previous bundle) and
 * {@link dev.produce.generators.write.BundleArchive} (a reproducible {@code .tar.gz}).
 */
package dev.produce.generators.write;
