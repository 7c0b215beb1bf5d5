package dev.produce.cli;

import dev.produce.cli.airgap.BundleSigner;
import dev.produce.cli.airgap.PackageVendoring;
import dev.produce.cli.fleet.FleetCompiler;
import dev.produce.cli.fleet.FleetPackages;
import dev.produce.cli.fleet.FleetWriter;
import dev.produce.cli.fleet.InvalidHostsException;
import dev.produce.cli.fleet.ProduceVariable;
import dev.produce.format.inventory.FleetIndex;
import dev.produce.format.inventory.InvalidInventoryException;
import dev.produce.format.inventory.Inventory;
import dev.produce.format.inventory.InventoryReader;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.rollout.RolloutFiles;
import dev.produce.generators.write.BundleTargetException;
import dev.produce.model.InvalidInputException;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.TargetException;
import dev.produce.verifier.offline.PackageVendorException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code produce-compile --inventory FILE -o DIR}: reads the inventory, compiles the hosts {@code --limit}
 * selects, writes the fleet all or nothing and prints where each bundle went. Every host is validated
 * before anything is written.
 */
final class CompileFleet {
  /** Options that compile one profile: with an inventory each host's {@code produce_*} variables say it. */
  private static final List<String> UNSUPPORTED = List.of("--archive", "--explain");

  private CompileFleet() {}

  /**
   * @param vendorPackages with {@code --vendor-packages}: where one profile's packages come from (Docker)
   * @param err where downloads are announced
   */
  static int run(Path inventoryFile, Optional<String> limit, Optional<Path> signingKey, boolean sshAgentRunning,
      Optional<Function<ServerProfile, List<BundleFile>>> vendorPackages, Path output, boolean force,
      Predicate<String> given, PrintWriter out, PrintWriter err, ErrorReporter errors) {
    try {
      checkOptions(given);
      if (signingKey.isPresent()) {
        BundleSigner.checkKey(signingKey.get(), sshAgentRunning);
      }
      Inventory inventory;
      try {
        inventory = read(inventoryFile);
      } catch (IOException e) {
        return errors.environment("cannot read " + inventoryFile + ": " + ErrorReporter.describe(e), e);
      }
      Map<String, ServerProfile> profiles = FleetCompiler.profiles(inventory, limit);
      Function<ServerProfile, List<BundleFile>> packages = profile -> List.of();
      if (vendorPackages.isPresent()) {
        FleetPackages.check(profiles);
        packages = new FleetPackages(vendorPackages.get(), err);
      }
      FleetCompiler.Fleet fleet;
      try {
        fleet = FleetCompiler.compile(profiles, inventoryFile.toString(), limit, packages);
      } catch (TargetException | PackageVendorException e) {
        return errors.environment(PackageVendoring.OPTION + " needs Docker and Debian's mirror: " + e.getMessage(), e);
      }
      if (signingKey.isPresent()) {
        try {
          fleet = FleetCompiler.sign(fleet, signingKey.get());
        } catch (IOException e) {
          return errors.environment("--sign: cannot run ssh-keygen (package openssh-client): "
              + ErrorReporter.describe(e), e);
        }
      }
      FleetWriter.write(fleet, RolloutFiles.render(), output, force);
      out.print(summary(fleet, output, inventoryFile));
      out.flush();
      return ExitCodes.OK;
    } catch (InvalidHostsException e) {
      return errors.usage(e.lines(), e);
    } catch (InvalidInventoryException | InvalidInputException e) {
      return errors.usage(e.getMessage(), e);
    } catch (BundleTargetException e) {
      return errors.refusedTarget(e.getMessage(), e);
    } catch (IOException e) {
      return errors.environment("cannot write " + output + "/: " + ErrorReporter.describe(e), e);
    } catch (RuntimeException e) {
      return errors.unexpected(e);
    }
  }

  private static void checkOptions(Predicate<String> given) {
    for (ProduceVariable variable : ProduceVariable.values()) {
      if (given.test(variable.option())) {
        throw new InvalidInputException(variable.option(), "is not taken with --inventory: set "
            + variable.variable() + " in the inventory (for all hosts: under all: vars:)");
      }
    }
    for (String option : UNSUPPORTED) {
      if (given.test(option)) {
        throw new InvalidInputException(option, "is not supported with --inventory");
      }
    }
    if (!given.test("--output")) {
      throw new InvalidInputException("--inventory", "needs -o DIR, the directory for the fleet's bundles");
    }
  }

  private static Inventory read(Path file) throws IOException {
    if (java.nio.file.Files.isDirectory(file)) {
      throw new InvalidInputException("--inventory", file + " is a directory; name an inventory file (YAML)");
    }
    try {
      return InventoryReader.read(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("--inventory", "no such file: " + file);
    }
  }

  private static String summary(FleetCompiler.Fleet fleet, Path output, Path inventoryFile) {
    String dir = output + "/";
    StringBuilder text = new StringBuilder()
        .append("Wrote ").append(dir).append(": ").append(fleet.index().hosts().size()).append(fleet.index().hosts().size() == 1 ? " host, " : " hosts, ")
        .append(fleet.bundles().size()).append(fleet.bundles().size() == 1 ? " bundle" : " bundles")
        .append(" (").append(dir).append(FleetIndex.FILE).append(" maps each host to its bundle)\n");
    String rollout = "Roll out: ansible-playbook -i " + inventoryFile + " " + dir + RolloutFiles.PLAYBOOK + "  (--check --diff first)\n";
    for (FleetCompiler.FleetBundle bundle : fleet.bundles()) {
      text.append("  ").append(dir).append(bundle.directory()).append("  ").append(bundle.hosts().size())
          .append(bundle.hosts().size() == 1 ? " host   " : " hosts  ").append(bundle.profile().inputs().toCommandLine());
      if (bundle.bundle().files().stream().anyMatch(file -> file.path().endsWith(".deb"))) {
        text.append("  + packages/: ").append(PackageVendoring.describe(bundle.bundle().files()));
      }
      text.append('\n');
    }
    return text.append(rollout).toString();
  }
}
