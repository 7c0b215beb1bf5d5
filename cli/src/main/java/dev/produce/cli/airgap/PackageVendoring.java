package dev.produce.cli.airgap;

import dev.produce.format.BundleLayout;
import dev.produce.format.profile.ProfileJson;
import dev.produce.format.profile.ProfileSummary;
import dev.produce.generators.Generators;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.packages.DebFile;
import dev.produce.generators.packages.VendoredPackages;
import dev.produce.model.Distro;
import dev.produce.model.InvalidInputException;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.BundleSuite;
import dev.produce.verifier.container.Images;
import dev.produce.verifier.offline.DownloadedPackage;
import dev.produce.verifier.offline.PackageVendor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code --vendor-packages}: downloads the {@code .deb} closure of the profile's packages
 * ({@link VendoredPackages#requested}) with {@link PackageVendor} (needs Docker) and turns it into
 * the bundle's {@code packages/} files, from the Debian suite of the bundle's distro (trixie for
 * Debian 13, bookworm for Debian 12). Only Debian's own PHP can be vendored (8.4 on Debian 13, 8.2 on
 * Debian 12).
 */
public final class PackageVendoring {
  /** The option, for messages. */
  public static final String OPTION = "--vendor-packages";

  private PackageVendoring() {}

  /** Refuses profiles the distro's own packages cannot serve, before Docker is asked for anything. */
  public static void checkProfile(ServerProfile profile) {
    Distro distro = profile.inputs().distro();
    if (!profile.inputs().distroPhp()) {
      throw new InvalidInputException(OPTION, "--php " + profile.inputs().php() + " is not Debian's: "
          + distro.optionValue() + " ships PHP " + distro.php() + " only, so only --php " + distro.php()
          + " can be vendored; install the other PHP's packages on the server yourself");
    }
  }

  /**
   * The {@code packages/} bundle files for {@code profile}.
   *
   * @throws dev.produce.verifier.container.TargetException no Docker engine, or the bare image cannot be built
   * @throws dev.produce.verifier.offline.PackageVendorException apt could not download the packages
   */
  public static List<BundleFile> files(ServerProfile profile) {
    checkProfile(profile);
    List<String> requested = VendoredPackages.requested(profile);
    return VendoredPackages.files(profile.inputs().distro(), requested,
        debs(PackageVendor.download(suite(profile), requested)));
  }

  /** The Debian suite of the bundle's distro, read from the profile.json the compile writes. */
  static Images.Suite suite(ServerProfile profile) {
    String profileJson = Generators.bundle(profile).file(BundleLayout.PROFILE_JSON).orElseThrow().content();
    ProfileSummary summary;
    try {
      summary = ProfileJson.read(BundleLayout.PROFILE_JSON, profileJson);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + BundleLayout.PROFILE_JSON + " just written", e);
    }
    return BundleSuite.ofDistro(summary.inputs().distro(), BundleLayout.PROFILE_JSON, OPTION);
  }

  /** Downloaded packages as the generators' {@link DebFile}s. */
  public static List<DebFile> debs(List<DownloadedPackage> downloaded) {
    return downloaded.stream().map(deb -> new DebFile(deb.fileName(), deb.content(), deb.control())).toList();
  }

  /** What the progress line says is downloaded: {@code the Debian 13 (trixie) packages}. */
  public static String what(ServerProfile profile) {
    return "the " + profile.inputs().distro().displayName() + " packages";
  }

  /** {@code 42 .deb files, 27.9 MB} for the summary. */
  public static String describe(List<BundleFile> files) {
    long debs = files.stream().filter(f -> f.path().endsWith(".deb")).count();
    long bytes = files.stream().filter(f -> f.path().endsWith(".deb")).mapToLong(BundleFile::size).sum();
    return debs + " .deb files, " + String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
