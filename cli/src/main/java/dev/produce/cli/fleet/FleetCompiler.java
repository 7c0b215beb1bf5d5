package dev.produce.cli.fleet;

import dev.produce.cli.airgap.BundleSigner;
import dev.produce.format.BundleLayout;
import dev.produce.format.inventory.FleetIndex;
import dev.produce.format.inventory.HostPattern;
import dev.produce.format.inventory.Inventory;
import dev.produce.generators.Generators;
import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;
import dev.produce.model.Inputs;
import dev.produce.model.ServerProfile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compiles a fleet in memory: the hosts {@code --limit} selects (all without it), each host's profile
 * ({@link HostProfiles}), and one bundle per distinct profile, rendered once. A bundle's id is the
 * first {@value #ID_HEX_DIGITS} hex digits of the SHA-256 of its {@code profile.json}: the same profile,
 * the same directory name, in every compile.
 */
public final class FleetCompiler {
  /** The length of a bundle id (64 bits of SHA-256). */
  public static final int ID_HEX_DIGITS = 16;
  /** The directory of the output that holds the bundles and their archives. */
  public static final String BUNDLES = "bundles/";

  private FleetCompiler() {}

  /**
   * One bundle of the fleet.
   *
   * @param id its content address
   * @param bundle its files
   * @param profile the profile it was compiled from
   * @param hosts the hosts that get it, in inventory order
   */
  public record FleetBundle(String id, Bundle bundle, ServerProfile profile, List<String> hosts) {
    public FleetBundle {
      hosts = List.copyOf(hosts);
    }

    /** The bundle directory, relative to the output directory, ending in {@code /}. */
    public String directory() {
      return BUNDLES + id + "/";
    }

    /** The archive, relative to the output directory. */
    public String archive() {
      return BUNDLES + id + ".tar.gz";
    }
  }

  /**
   * A compiled fleet.
   *
   * @param bundles the distinct bundles, in the order their first host appears
   * @param index what {@code fleet.json} says
   */
  public record Fleet(List<FleetBundle> bundles, FleetIndex index) {
    public Fleet {
      bundles = List.copyOf(bundles);
    }
  }

  /**
   * Compiles the hosts' {@code profiles} ({@link #profiles}), one bundle per distinct profile, each also
   * carrying the files {@code extraFiles} gives for its profile (none, or the vendored packages), asked
   * once per bundle; {@code source} names the inventory and {@code limit} is what selected the hosts.
   */
  public static Fleet compile(Map<String, ServerProfile> profiles, String source, Optional<String> limit,
      Function<ServerProfile, List<BundleFile>> extraFiles) {
    Map<Inputs, List<String>> hostsByInputs = new LinkedHashMap<>();
    Map<Inputs, ServerProfile> profileByInputs = new LinkedHashMap<>();
    profiles.forEach((host, profile) -> {
      hostsByInputs.computeIfAbsent(profile.inputs(), i -> new ArrayList<>()).add(host);
      profileByInputs.putIfAbsent(profile.inputs(), profile);
    });
    Map<String, FleetBundle> bundles = new LinkedHashMap<>();
    for (Map.Entry<Inputs, ServerProfile> entry : profileByInputs.entrySet()) {
      Bundle bundle = Generators.bundle(entry.getValue(), extraFiles.apply(entry.getValue()));
      String id = id(bundle);
      FleetBundle previous = bundles.get(id);
      List<String> members = new ArrayList<>(previous == null ? List.of() : previous.hosts());
      members.addAll(hostsByInputs.get(entry.getKey()));
      bundles.put(id, new FleetBundle(id, bundle, entry.getValue(), members));
    }
    return new Fleet(new ArrayList<>(bundles.values()), index(source, limit, bundles.values(), false));
  }

  /**
   * The profile of every host {@code limit} selects (all without it), in inventory order.
   *
   * @throws InvalidHostsException when a host's {@code produce_*} variables are refused
   */
  public static Map<String, ServerProfile> profiles(Inventory inventory, Optional<String> limit) {
    List<String> hosts = limit.map(pattern -> HostPattern.select(inventory, pattern)).orElseGet(inventory::hosts);
    return HostProfiles.of(inventory, hosts);
  }

  /**
   * {@code fleet} with every bundle signed by {@code key} ({@code SHA256SUMS.sig}, as {@code --sign} signs a
   * single bundle); the ids stay, {@code profile.json} is not signed over.
   */
  public static Fleet sign(Fleet fleet, java.nio.file.Path key) throws java.io.IOException {
    List<FleetBundle> signed = new ArrayList<>();
    for (FleetBundle b : fleet.bundles()) {
      signed.add(new FleetBundle(b.id(), BundleSigner.sign(b.bundle(), key), b.profile(), b.hosts()));
    }
    FleetIndex index = fleet.index();
    return new Fleet(signed, index(index.inventory(), index.limit(), signed, true));
  }

  /** The content address of {@code bundle}: a SHA-256 prefix of its {@code profile.json}. */
  public static String id(Bundle bundle) {
    BundleFile profile = bundle.file(BundleLayout.PROFILE_JSON)
        .orElseThrow(() -> new IllegalStateException("a bundle without " + BundleLayout.PROFILE_JSON));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(profile.bytes());
      return HexFormat.of().formatHex(digest).substring(0, ID_HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static FleetIndex index(String source, Optional<String> limit, Iterable<FleetBundle> bundles,
      boolean signed) {
    Map<String, FleetIndex.Bundle> entries = new LinkedHashMap<>();
    Map<String, FleetIndex.Host> hosts = new LinkedHashMap<>();
    for (FleetBundle b : bundles) {
      Inputs inputs = b.profile().inputs();
      entries.put(b.id(), new FleetIndex.Bundle(b.directory(), b.archive(), inputs.toCommandLine(), inputs.memoryMb(),
          inputs.cpus(), inputs.distro().optionValue(), inputs.distro().debianVersion(), inputs.php().toString(),
          signed, b.hosts()));
      for (String host : b.hosts()) {
        hosts.put(host, new FleetIndex.Host(b.id(), b.directory(), b.archive()));
      }
    }
    return FleetIndex.of(source, limit, entries, hosts);
  }
}
