package dev.produce.loadtest.summary;

import java.util.Optional;

/** How much lower the after value is than the before value, in percent (negative: it got worse). */
public final class Reduction {
  private Reduction() {}

  /**
   * {@code (before - after) / before × 100}, rounded to one decimal; empty when there is no before
   * value to compare with, or it is 0.
   */
  public static Optional<Double> percent(double before, double after) {
    if (!(before > 0) || after < 0) {
      return Optional.empty();
    }
    return Optional.of(Math.round((before - after) / before * 1000.0) / 10.0);
  }

  /** The p95 TTFB reduction between two phases; empty when either has no TTFB. */
  public static Optional<Double> ttfbP95(Optional<PhaseResult> before, PhaseResult after) {
    return before.flatMap(PhaseResult::ttfbMs)
        .flatMap(b -> after.ttfbMs().flatMap(a -> percent(b.p95(), a.p95())));
  }
}
