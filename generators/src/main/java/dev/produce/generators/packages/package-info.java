/**
 * Vendored Debian packages: the {@code packages/} directory of a bundle compiled with
 * {@code produce-compile --vendor-packages}. {@link dev.produce.generators.packages.VendoredPackages}
 * turns downloaded {@code .deb} files ({@link dev.produce.generators.packages.DebFile}) into bundle
 * files: the packages themselves, {@code packages/INDEX} (what is vendored, for people and for
 * preflight) and {@code packages/Packages} (the index apt reads from the bundle on an offline
 * server). Downloading is not done here: it needs Docker, which this module does not know about.
 */
package dev.produce.generators.packages;
