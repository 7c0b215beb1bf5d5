package dev.produce.loadtest.summary;

import dev.produce.loadtest.workload.Capacity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A load test's result: the comparison at every load, the phases shown in detail, the p95 TTFB
 * reduction and the gate.
 *
 * @param run                 what was measured and how
 * @param before              the stock run shown in detail (the primary load's median one); empty with
 *                            --target-url (nothing applied)
 * @param after               the run with the bundle shown in detail (or the --target-url site)
 * @param ttfbP95ReductionPct how much lower the primary load's median after p95 TTFB is, in percent; empty
 *                            without a before
 * @param loads               the repeated before/after runs per load; empty with --target-url
 * @param capacity            stock's capacity, the open rates' base; empty with --target-url
 * @param gate                the gate's verdict
 */
public record Summary(RunInfo run, Optional<PhaseResult> before, PhaseResult after,
    Optional<Double> ttfbP95ReductionPct, List<LoadComparison> loads, Optional<Capacity> capacity, Gate gate) {

  public Summary {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(ttfbP95ReductionPct, "ttfbP95ReductionPct");
    loads = List.copyOf(loads);
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(gate, "gate");
  }

  /** The summary of one measured phase or one before/after pair, with the reduction computed and the gate evaluated. */
  public static Summary of(RunInfo run, Optional<PhaseResult> before, PhaseResult after,
      Optional<Double> requiredReductionPct) {
    Optional<Double> reduction = Reduction.ttfbP95(before, after);
    Gate gate = Gate.evaluate(requiredReductionPct, reduction, after, Gate.DEFAULT_MAX_ERROR_RATE_PCT);
    return new Summary(run, before, after, reduction, List.of(), Optional.empty(), gate);
  }

  /**
   * The summary of repeated runs at several loads: the primary load (the highest open rate, else the
   * first) gives the detailed phases and the headline reduction; the gate looks at every load.
   */
  public static Summary compare(RunInfo run, Capacity capacity, List<LoadComparison> loads,
      Optional<Double> requiredReductionPct) {
    LoadComparison primary = primary(loads);
    PhaseResult before = LoadComparison.representative(primary.before());
    PhaseResult after = LoadComparison.representative(primary.after());
    Optional<Double> reduction = primary.p95Ratio().map(ratio -> Math.round((1 - ratio) * 1000) / 10.0);
    Gate gate = Gate.evaluate(requiredReductionPct, loads, Gate.DEFAULT_MAX_ERROR_RATE_PCT);
    return new Summary(run, Optional.of(before), after, reduction, loads, Optional.of(capacity), gate);
  }

  private static LoadComparison primary(List<LoadComparison> loads) {
    if (loads.isEmpty()) {
      throw new IllegalArgumentException("no load was compared");
    }
    return loads.stream().filter(LoadComparison::open).reduce((first, second) -> second).orElse(loads.get(0));
  }
}
