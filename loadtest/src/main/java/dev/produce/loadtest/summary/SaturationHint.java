package dev.produce.loadtest.summary;

import java.util.Optional;

/**
 * Recognises the pattern of a saturated server in a before/after comparison: the median TTFB fell
 * while the p95 rose by more than a tenth. With more PHP-FPM workers than cores (what a bundle
 * sizes for a server below saturation) the slowest requests are stretched while the cheap ones
 * finish sooner; docs/benchmarks.md shows it at 16 users on 2 cores. Pure function of the summary.
 */
public final class SaturationHint {
  /** The p95 must rise by more than this factor for the hint: smaller rises are within the noise. */
  static final double P95_RISE = 1.10;

  private SaturationHint() {}

  /** The hint for {@code summary}'s reader, or empty when the numbers do not show the pattern. */
  public static Optional<String> of(Summary summary) {
    return summary.before().flatMap(before -> before.ttfbMs().flatMap(b -> summary.after().ttfbMs()
        .filter(a -> a.p50() < b.p50() && a.p95() > b.p95() * P95_RISE)
        .map(a -> "The median TTFB fell while the p95 rose: the pattern of a saturated server, where the"
            + " bundle's PHP-FPM workers (more than the cores) share the CPU and stretch the slowest requests."
            + " Servers run below saturation: measure with fewer --users (" + summary.run().users()
            + " now) to see what they get; docs/benchmarks.md shows both.")));
  }
}
