package dev.produce.verifier.offline;

import dev.produce.format.BundleLayout;
import dev.produce.verifier.container.Images;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The image an offline phase applies a bundle on: a bundle that vendors its packages
 * ({@code packages/INDEX}, from {@code produce-compile --vendor-packages}) must prove it installs
 * them without network, so it gets the {@link Images#bare(Images.Suite)} image of its distro (nothing
 * installed); any other bundle needs its packages present and gets {@link Images#target(Images.Suite)}.
 *
 * <pre>{@code
 * ContainerTarget.of(OfflineImage.forBundle(bundleRoot, BundleSuite.of(bundleRoot, "BUNDLE"))).offline().start()
 * }</pre>
 */
public final class OfflineImage {
  /** The file that marks a bundle with vendored packages. */
  public static final String PACKAGES_INDEX = BundleLayout.PACKAGES_INDEX;

  private OfflineImage() {}

  /** Whether the bundle at {@code bundleRoot} vendors its Debian packages. */
  public static boolean vendorsPackages(Path bundleRoot) {
    return Files.isRegularFile(bundleRoot.resolve(PACKAGES_INDEX));
  }

  /**
   * {@link Images#bare(Images.Suite)} of {@code suite} for a bundle that vendors its packages, else
   * {@link Images#target(Images.Suite)} (built on first use).
   */
  public static String forBundle(Path bundleRoot, Images.Suite suite) {
    return vendorsPackages(bundleRoot) ? Images.bare(suite) : Images.target(suite);
  }
}
