package dev.produce.generators.meta.verification;

import static dev.produce.format.verification.CommandSpec.prints;
import static dev.produce.format.verification.CommandSpec.succeeds;

import dev.produce.format.verification.CommandSpec;
import dev.produce.format.verification.Item;
import dev.produce.format.verification.Section;
import dev.produce.model.Daemon;
import dev.produce.model.ManagedFile;
import dev.produce.model.ServerProfile;
import java.util.ArrayList;
import java.util.List;

/** The {@code produce} section: the original design's checks, the bundle's integrity, the installed files. */
final class BundleChecks {
  /** The original design's three checks (P57 §4.1), verbatim. */
  static final List<String> SEED_GREPS = List.of(
      "grep -qE '(cache|redis|memcache|performance)' scripts/commands/produce.sh",
      "grep -q 'setup_redis\\|setup_memcache' scripts/commands/produce.sh",
      "grep -q 'tune_php_fpm' scripts/commands/produce.sh");

  private BundleChecks() {}

  static Section section(ServerProfile profile) {
    return new Section("produce", List.of(
        Item.quick("Performance optimization configured",
            SEED_GREPS.stream().map(CommandSpec::succeeds).toList()),
        Item.quick("Every bundle file is intact (SHA256SUMS)",
            List.of(succeeds("sha256sum -c SHA256SUMS"))),
        Item.quick("Every managed file is installed as the bundle has it, with its owner and mode"
            + (profile.drupal().isPresent() ? " (settings.produce.php where the Drupal site exists)" : ""),
            installedFiles(profile))));
  }

  private static List<CommandSpec> installedFiles(ServerProfile profile) {
    List<CommandSpec> commands = new ArrayList<>();
    for (ManagedFile file : profile.files()) {
      String target = ShellWords.quote(file.targetPath());
      String cmp = "cmp " + ShellWords.quote(file.bundlePath()) + " " + target;
      String ownerAndMode = file.owner() + ":" + file.group() + " " + Integer.toOctalString(Integer.parseInt(file.mode(), 8));
      String stat = "stat -c '%U:%G %a' " + target;
      if (file.daemon() == Daemon.DRUPAL) {
        // Installed only where the site exists: a server without it gets everything else and a warning.
        String noSite = "test ! -d " + ShellWords.quote(parentOf(file.targetPath())) + " || ";
        commands.add(succeeds(noSite + cmp));
        commands.add(succeeds(noSite + "test \"$(" + stat + ")\" = " + ShellWords.quote(ownerAndMode)));
      } else {
        commands.add(succeeds(cmp));
        commands.add(prints(stat, ShellWords.exactLine(ownerAndMode)));
      }
    }
    return commands;
  }

  private static String parentOf(String path) {
    return path.substring(0, path.lastIndexOf('/'));
  }
}
