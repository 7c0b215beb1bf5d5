package dev.produce.generators.packages;

import dev.produce.format.BundleLayout;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.meta.Sha256Sums;
import dev.produce.model.Distro;
import dev.produce.model.ServerProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code packages/} files of a bundle that vendors its Debian packages:
 *
 * <ul>
 *   <li>{@code packages/*.deb} — the closure of {@link #requested(ServerProfile)} resolved against a
 *       minimal Debian of the profile's distro, byte for byte as Debian's mirror served them;
 *   <li>{@code packages/INDEX} — comment lines (the release, the requested packages), then one
 *       {@code package version architecture size file} line per {@code .deb}, sorted by file;
 *   <li>{@code packages/Packages} — the same packages as an apt index (control stanza, {@code Filename},
 *       {@code Size}, {@code SHA256}), which {@code scripts/lib/packages.sh} hands to apt as the only
 *       source on the server.
 * </ul>
 *
 * Same {@code .deb} files, same bundle files: nothing here depends on time or order of download.
 */
public final class VendoredPackages {
  /** The directory of the vendored packages in the bundle. */
  public static final String DIR = BundleLayout.PACKAGES_DIR;
  /** The bundle path of the index. */
  public static final String INDEX = BundleLayout.PACKAGES_INDEX;
  /** The bundle path of apt's index. */
  public static final String APT_INDEX = DIR + "Packages";
  /**
   * Always vendored: Drupal's fast chained cache backends and the bundle's 90-produce.ini use APCu.
   * The package is the platform's ({@code php8.4-apcu} on Debian 13), required already by a profile
   * that budgets APCu.
   */
  static final String APCU_EXTENSION = "apcu";

  private VendoredPackages() {}

  /**
   * The packages the bundle vendors with their dependencies: the required ones, then the platform's
   * APCu package ({@code php8.4-apcu}) unless they already hold it.
   */
  public static List<String> requested(ServerProfile profile) {
    List<String> requested = new ArrayList<>(profile.requiredPackages());
    String apcu = profile.php().extensionPackage(APCU_EXTENSION);
    if (!requested.contains(apcu)) {
      requested.add(apcu);
    }
    return List.copyOf(requested);
  }

  /** The bundle files for {@code debs}, the closure of {@code requested} on {@code distro}. */
  public static List<BundleFile> files(Distro distro, List<String> requested, List<DebFile> debs) {
    if (debs.isEmpty()) {
      throw new IllegalArgumentException("no packages to vendor");
    }
    List<DebFile> sorted = new ArrayList<>(debs);
    sorted.sort(Comparator.comparing(DebFile::fileName));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).fileName().equals(sorted.get(i - 1).fileName())) {
        throw new IllegalArgumentException("two packages named " + sorted.get(i).fileName());
      }
    }
    List<String> vendored = sorted.stream().map(DebFile::packageName).toList();
    for (String name : requested) {
      if (!name.matches("[a-z0-9][a-z0-9.+-]*")) {
        throw new IllegalArgumentException("not a Debian package name: " + name);
      }
      if (!vendored.contains(name)) {
        throw new IllegalArgumentException("requested package " + name + " is not among the vendored ones");
      }
    }
    List<BundleFile> files = new ArrayList<>();
    for (DebFile deb : sorted) {
      files.add(BundleFile.binary(DIR + deb.fileName(), deb.content()));
    }
    files.add(new BundleFile(INDEX, index(distro, requested, sorted), false));
    files.add(new BundleFile(APT_INDEX, aptIndex(sorted), false));
    return List.copyOf(files);
  }

  private static String index(Distro distro, List<String> requested, List<DebFile> sorted) {
    StringBuilder text = new StringBuilder()
        .append("# ").append(distro.displayName()).append(" packages vendored by produce-compile --vendor-packages\n")
        .append("# requested: ").append(String.join(" ", requested)).append('\n')
        .append("# package version architecture size file\n");
    for (DebFile deb : sorted) {
      text.append(deb.packageName()).append(' ').append(deb.version()).append(' ').append(deb.architecture())
          .append(' ').append(deb.size()).append(' ').append(deb.fileName()).append('\n');
    }
    return text.toString();
  }

  private static String aptIndex(List<DebFile> sorted) {
    StringBuilder text = new StringBuilder();
    for (DebFile deb : sorted) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(deb.control()).append('\n')
          .append("Filename: ./").append(deb.fileName()).append('\n')
          .append("Size: ").append(deb.size()).append('\n')
          .append("SHA256: ").append(Sha256Sums.hex(deb.content())).append('\n');
    }
    return text.toString();
  }
}
