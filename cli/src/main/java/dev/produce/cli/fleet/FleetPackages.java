package dev.produce.cli.fleet;

import dev.produce.cli.airgap.PackageVendoring;
import dev.produce.generators.packages.VendoredPackages;
import dev.produce.generators.render.BundleFile;
import dev.produce.model.InvalidInputException;
import dev.produce.model.ServerProfile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code --vendor-packages} with {@code --inventory}: each bundle carries the {@code .deb} packages it
 * needs, downloaded once per Debian release and package list however many bundles share them (a
 * fleet of 52 bundles has a handful of such lists). Every selected host is checked before anything is
 * downloaded.
 */
public final class FleetPackages implements Function<ServerProfile, List<BundleFile>> {
  private final Function<ServerProfile, List<BundleFile>> download;
  private final PrintWriter progress;
  private final Map<List<Object>, List<BundleFile>> downloaded = new HashMap<>();

  /**
   * @param download the packages of one profile ({@link PackageVendoring#files}; Docker)
   * @param progress where each download is announced
   */
  public FleetPackages(Function<ServerProfile, List<BundleFile>> download, PrintWriter progress) {
    this.download = download;
    this.progress = progress;
  }

  /**
   * Refuses the hosts whose packages Debian does not ship (a PHP other than their release's), one line
   * per host: {@code web-07: --vendor-packages: --php 8.3 is not Debian's: …}.
   *
   * @throws InvalidHostsException when any host is refused
   */
  public static void check(Map<String, ServerProfile> profiles) {
    List<String> refused = new ArrayList<>();
    profiles.forEach((host, profile) -> {
      try {
        PackageVendoring.checkProfile(profile);
      } catch (InvalidInputException e) {
        refused.add(host + ": " + e.getMessage());
      }
    });
    if (!refused.isEmpty()) {
      throw new InvalidHostsException(refused);
    }
  }

  /** The {@code packages/} files of {@code profile}'s bundle, downloaded on the first profile that needs them. */
  @Override
  public List<BundleFile> apply(ServerProfile profile) {
    List<String> requested = VendoredPackages.requested(profile);
    List<Object> key = List.of(profile.inputs().distro(), requested);
    List<BundleFile> files = downloaded.get(key);
    if (files == null) {
      progress.println("produce-compile: downloading " + PackageVendoring.what(profile) + " ("
          + String.join(", ", requested) + ") in a container (Docker, Debian's mirror)…");
      progress.flush();
      files = download.apply(profile);
      downloaded.put(key, files);
    }
    return files;
  }
}
