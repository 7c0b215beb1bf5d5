package dev.produce.loadtest.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CI gate: passed when the p95 TTFB fell by at least the required percentage (if one was
 * required) and the after phase answered: a probe sample at least, and no more than
 * {@link #maxErrorRatePct} of its requests failed. A bundle that breaks the site must not pass
 * because error pages are fast.
 *
 * @param ttfbReductionPct the required reduction, empty when none was asked for
 * @param maxErrorRatePct  the largest share of failed requests allowed in the after phase
 * @param passed           whether every condition held
 * @param reasons          why it failed, one sentence per condition; empty when it passed
 */
public record Gate(Optional<Double> ttfbReductionPct, double maxErrorRatePct, boolean passed, List<String> reasons) {

  /** Failed requests tolerated in the after phase, in percent. */
  public static final double DEFAULT_MAX_ERROR_RATE_PCT = 1.0;

  public Gate {
    reasons = List.copyOf(reasons);
    if (passed != reasons.isEmpty()) {
      throw new IllegalArgumentException("a gate passes exactly when it has no reasons to fail: " + reasons);
    }
  }

  /** Evaluates the gate for a run whose p95 TTFB changed by {@code reduction} (empty: not measurable). */
  public static Gate evaluate(Optional<Double> required, Optional<Double> reduction, PhaseResult after,
      double maxErrorRatePct) {
    List<String> reasons = new ArrayList<>();
    required.ifPresent(pct -> {
      if (reduction.isEmpty()) {
        reasons.add("no p95 TTFB reduction could be computed (a phase has no successful probe sample)");
      } else if (reduction.get() < pct && reduction.get() >= 0) {
        reasons.add(String.format(Locale.ROOT, "p95 TTFB fell by %.1f %%, less than the required %s %%",
            reduction.get(), Numbers.trimmed(pct)));
      } else if (reduction.get() < pct) {
        reasons.add(String.format(Locale.ROOT, "p95 TTFB rose by %.1f %%; the gate requires a fall of at least %s %%",
            -reduction.get(), Numbers.trimmed(pct)));
      }
    });
    if (after.ttfbMs().isEmpty()) {
      reasons.add("the after phase had no successful probe request");
    }
    if (after.errorRatePct() > maxErrorRatePct) {
      reasons.add(String.format(Locale.ROOT, "%.2f %% of the after phase's requests failed (at most %s %% allowed)",
          after.errorRatePct(), Numbers.trimmed(maxErrorRatePct)));
    }
    return new Gate(required, maxErrorRatePct, reasons.isEmpty(), reasons);
  }
}
