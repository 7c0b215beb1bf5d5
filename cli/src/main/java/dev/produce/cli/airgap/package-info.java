/**
 * Shipping a bundle to a server without network: {@link dev.produce.cli.airgap.PackageVendoring}
 * ({@code --vendor-packages}: the Debian packages the profile needs, downloaded in a container and
 * added under {@code packages/}) and {@link dev.produce.cli.airgap.BundleSigner} ({@code --sign KEY}:
 * {@code SHA256SUMS.sig}, an {@code ssh-keygen -Y sign} signature that the bundle's {@code produce}
 * checks against the server's allowed signers).
 */
package dev.produce.cli.airgap;
