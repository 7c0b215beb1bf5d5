package dev.produce.generators.rollout;

import dev.produce.format.inventory.FleetIndex;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.ProduceVersion;
import dev.produce.generators.render.Templates;
import java.util.List;
import java.util.Map;

/**
 * The rollout files of a fleet, paths relative to the fleet's output directory: {@value #PLAYBOOK},
 * the playbook that, host by host ({@code serial: 1}, then batches of {@value #BATCH}) and stopping at the
 * first failure ({@code max_fail_percentage: 0}), checks the host's facts against its profile, copies
 * and unpacks its bundle archive into a versioned directory and applies it with {@code ./produce}
 * ({@code --dry-run} under {@code --check}). Same produce, same bytes.
 */
public final class RolloutFiles {
  /** The playbook's file name. */
  public static final String PLAYBOOK = "rollout.yml";
  /** Where the playbook keeps archives and unpacked releases on a host (root's, mode 0700). */
  public static final String REMOTE_ROOT = "/var/lib/produce/fleet";
  /** How far the host's total memory may be from the memory its bundle was compiled for, percent. */
  public static final int MEMORY_TOLERANCE_PERCENT = 10;
  /** Where the operator installs server/produce-apply on each host (its own header says so). */
  public static final String PRODUCE_APPLY = "/usr/local/sbin/produce-apply";
  /** The batch size after the first host. */
  public static final String BATCH = "25%";

  private RolloutFiles() {}

  /** Every rollout file, rendered. */
  public static List<BundleFile> render() {
    Map<String, Object> context = Map.of(
        "produceVersion", ProduceVersion.get(),
        "fleetIndex", FleetIndex.FILE,
        "remoteRoot", REMOTE_ROOT,
        "memoryTolerancePercent", MEMORY_TOLERANCE_PERCENT,
        "batch", BATCH,
        "produceApply", PRODUCE_APPLY);
    return List.of(new BundleFile(PLAYBOOK, Templates.render("rollout/" + PLAYBOOK, context), false));
  }
}
