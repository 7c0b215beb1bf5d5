/**
 * Downloading the Debian packages a bundle vendors ({@code produce-compile --vendor-packages}):
 * {@link dev.produce.verifier.offline.PackageVendor} resolves the {@code .deb} closure of a list of
 * packages with apt in a container of the {@code bare} image of the bundle's suite (a minimal Debian 13
 * trixie or Debian 12 bookworm), the same base the bundle is proven on, and returns the files' bytes
 * and control stanzas. It lives next to
 * {@link dev.produce.verifier.container.ContainerTarget}, the one class that owns containers; the
 * bundle files are made from its result by {@code dev.produce.generators.packages}.
 */
package dev.produce.verifier.offline;
