package dev.produce.loadtest.summary;

import java.util.Objects;
import java.util.Optional;

/**
 * What was measured and how.
 *
 * @param target          what served the requests, e.g. {@code fixture site in produce/target:0a1b2c3d4e5f}
 * @param bundleCommand   the produce-compile command of the applied bundle; empty with --target-url
 * @param users           concurrent Gatling users of the closed (saturation) run
 * @param durationSeconds length of each measured run
 * @param warmupSeconds   length of each warm-up before it
 * @param pairs           before/after pairs run at every load (B A B A …); 1 with --target-url
 * @param cpus            how the CPUs were shared by the site and the load generator; empty with --target-url
 * @param machine         where it ran
 * @param twins           whether two twin sites took the load at the same time (stock on one, the bundle on the
 *                        other, swapped between pairs) instead of one site before and after
 * @param control         whether it was an A/A control run on twin sites: nothing applied, both twins stock;
 *                        "before" is the twin that stock would hold, "after" the one the bundle would go to
 * @param cachesAtStart   Drupal's caches at the start of each measured state: {@code filled} or {@code emptied}
 *                        (--caches); empty with --target-url, whose site's caches are left as they are
 */
public record RunInfo(String target, Optional<String> bundleCommand, int users, long durationSeconds,
    long warmupSeconds, int pairs, Optional<CpuAssignment> cpus, Machine machine,
    boolean twins, boolean control, Optional<CachesAtStart> cachesAtStart) {

  public RunInfo {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(bundleCommand, "bundleCommand");
    Objects.requireNonNull(cpus, "cpus");
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(cachesAtStart, "cachesAtStart");
    if (control && !twins) {
      throw new IllegalArgumentException("a control run compares twin sites");
    }
  }
}
