package dev.produce.verifier.container;

import dev.produce.format.BundleLayout;
import dev.produce.format.UnsupportedFormatException;
import dev.produce.format.profile.ProfileJson;
import dev.produce.format.profile.ProfileSummary;
import dev.produce.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The Debian suite a bundle is proven on, read from its {@code profile.json} ({@code inputs.distro}
 * through {@link ProfileSummary}; none means {@value ProfileSummary.Inputs#DISTRO_BEFORE_RECORDED}) and mapped by
 * {@link Images.Suite#ofDistro}. {@code produce-verify}, {@code produce-loadtest} and
 * {@code --vendor-packages} choose their images with it.
 *
 * <pre>{@code
 * ContainerTarget.of(Images.target(BundleSuite.of(bundleDir, "BUNDLE"))).systemd().start()
 * }</pre>
 */
public final class BundleSuite {
  private BundleSuite() {}

  /**
   * The suite of the bundle at {@code bundleRoot}.
   *
   * @throws InvalidInputException naming {@code option} when profile.json cannot be read or names no known distro
   */
  public static Images.Suite of(Path bundleRoot, String option) {
    Path profile = bundleRoot.resolve(BundleLayout.PROFILE_JSON);
    ProfileSummary summary;
    try {
      summary = ProfileJson.read(profile);
    } catch (IOException e) {
      throw new InvalidInputException(option, "cannot read " + profile + " (compile the bundle again with"
          + " produce-compile -o DIR): " + e.getMessage());
    } catch (UnsupportedFormatException e) {
      throw new InvalidInputException(option, e.getMessage());
    }
    return ofDistro(summary.inputs() == null ? ProfileSummary.Inputs.DISTRO_BEFORE_RECORDED : summary.inputs().distro(),
        profile.toString(), option);
  }

  /** {@link Images.Suite#ofDistro}, refusing an unknown name with one line naming {@code source} and {@code option}. */
  public static Images.Suite ofDistro(String distro, String source, String option) {
    try {
      return Images.Suite.ofDistro(distro);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(option, source + ": inputs.distro must be debian-13 or debian-12, was '"
          + distro + "'");
    }
  }
}
