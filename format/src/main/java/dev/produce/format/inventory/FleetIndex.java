package dev.produce.format.inventory;

import dev.produce.format.FormatVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code fleet.json}, written by {@code produce-compile --inventory} beside the bundles: which bundle each
 * host gets, and what each bundle was compiled for (what the rollout checks the host against).
 *
 * @param formatVersion the version of this document's format
 * @param generator always {@code produce}
 * @param inventory the inventory file as given
 * @param limit the {@code --limit} pattern, if any
 * @param bundles the bundles by id (the content address, a prefix of the SHA-256 of their {@code profile.json})
 * @param hosts every compiled host, by name
 */
public record FleetIndex(
    String formatVersion, String generator, String inventory, Optional<String> limit,
    SortedMap<String, Bundle> bundles, SortedMap<String, Host> hosts) {
  /** The index's file name in the output directory. */
  public static final String FILE = "fleet.json";
  /** The format this produce writes. */
  public static final FormatVersion FORMAT_VERSION = new FormatVersion(1, 0);

  public FleetIndex {
    bundles = new TreeMap<>(bundles);
    hosts = new TreeMap<>(hosts);
  }

  /**
   * One content-addressed bundle.
   *
   * @param directory the bundle directory, relative to the output directory, ending in {@code /}
   * @param archive its reproducible archive, relative to the output directory
   * @param command the canonical {@code produce-compile} command that compiles the same bundle
   * @param memoryMb the RAM it is sized for, MB
   * @param cpus the CPU cores it is sized for
   * @param distro {@code debian-13} or {@code debian-12}
   * @param debianVersion the Debian major version, as Ansible's {@code ansible_distribution_major_version}
   * @param php the PHP version, {@code X.Y}
   * @param signed whether it carries {@code SHA256SUMS.sig} (then the rollout applies it with produce-apply)
   * @param hosts the hosts that get it, in inventory order
   */
  public record Bundle(
      String directory, String archive, String command, int memoryMb, int cpus, String distro, String debianVersion,
      String php, boolean signed, List<String> hosts) {
    public Bundle {
      hosts = List.copyOf(hosts);
    }
  }

  /**
   * One host.
   *
   * @param bundle the id of its bundle (a key of {@link FleetIndex#bundles()})
   * @param directory the bundle directory, relative to the output directory
   * @param archive the bundle archive, relative to the output directory
   */
  public record Host(String bundle, String directory, String archive) {}

  /** Convenience for writers: an index of the current format. */
  public static FleetIndex of(String inventory, Optional<String> limit, Map<String, Bundle> bundles,
      Map<String, Host> hosts) {
    return new FleetIndex(FORMAT_VERSION.toString(), "produce", inventory, limit, new TreeMap<>(bundles),
        new TreeMap<>(hosts));
  }
}
