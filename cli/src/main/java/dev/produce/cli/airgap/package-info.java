/**
 * Shipping a bundle to a server without network: {@link dev.produce.cli.airgap.PackageVendoring}
 * ({@code --vendor-packages}: the Debian packages the profile needs, downloaded in a container and
 * added under {@code packages/}) and {@link dev.produce.cli.airgap.BundleSigner} ({@code --sign KEY}:
 * {@code SHA256SUMS.sig}, an {@code ssh-keygen -Y sign} signature that {@code server/produce-apply},
 * installed on the server beforehand, checks against the server's allowed signers before any code of
 * the bundle runs).
 */
package dev.produce.cli.airgap;
