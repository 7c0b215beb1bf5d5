package dev.produce.loadtest.summary;

import java.util.Objects;
import java.util.Optional;

/**
 * A load test's result: both phases, the p95 TTFB reduction and the gate.
 *
 * @param run                 what was measured and how
 * @param before              the stock server; empty with --target-url (nothing applied)
 * @param after               the server with the bundle applied (or the --target-url site)
 * @param ttfbP95ReductionPct how much lower the after p95 TTFB is, in percent; empty without a before
 * @param gate                the CI gate's verdict
 */
public record Summary(RunInfo run, Optional<PhaseResult> before, PhaseResult after,
    Optional<Double> ttfbP95ReductionPct, Gate gate) {

  public Summary {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(ttfbP95ReductionPct, "ttfbP95ReductionPct");
    Objects.requireNonNull(gate, "gate");
  }

  /** The summary of two phases, with the reduction computed and the gate evaluated. */
  public static Summary of(RunInfo run, Optional<PhaseResult> before, PhaseResult after,
      Optional<Double> requiredReductionPct) {
    Optional<Double> reduction = Reduction.ttfbP95(before, after);
    Gate gate = Gate.evaluate(requiredReductionPct, reduction, after, Gate.DEFAULT_MAX_ERROR_RATE_PCT);
    return new Summary(run, before, after, reduction, gate);
  }
}
