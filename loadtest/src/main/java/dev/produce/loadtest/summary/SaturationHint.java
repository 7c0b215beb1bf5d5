package dev.produce.loadtest.summary;

import java.util.Optional;

/**
 * Recognises the pattern of a saturated server in a before/after comparison: the median TTFB fell
 * while the p95 rose by more than a tenth. With more PHP-FPM workers than cores (what a bundle
 * sizes for a server below saturation) the slowest requests are stretched while the cheap ones
 * finish sooner; docs/benchmarks.md shows it at 16 users on 2 cores. With repeated runs it looks at
 * the closed (saturation) load's medians; else at the two phases. Pure function of the summary.
 */
public final class SaturationHint {
  /** The p95 must rise by more than this factor for the hint: smaller rises are within the noise. */
  static final double P95_RISE = 1.10;

  private SaturationHint() {}

  /** The hint for {@code summary}'s reader, or empty when the numbers do not show the pattern. */
  public static Optional<String> of(Summary summary) {
    if (!summary.loads().isEmpty()) {
      return summary.loads().stream().filter(load -> !load.open())
          .filter(load -> pattern(median(load, true, false), median(load, true, true), median(load, false, false),
              median(load, false, true)))
          .findFirst()
          .map(load -> "At " + load.label() + " the median TTFB fell while the p95 rose: the pattern of a saturated"
              + " server, where the bundle's PHP-FPM workers (more than the cores) share the CPU and stretch the"
              + " slowest requests. Servers run below saturation: the open loads show what they get.");
    }
    return summary.before().flatMap(before -> before.ttfbMs().flatMap(b -> summary.after().ttfbMs()
        .filter(a -> pattern(b.p50(), b.p95(), a.p50(), a.p95()))
        .map(a -> "The median TTFB fell while the p95 rose: the pattern of a saturated server, where the"
            + " bundle's PHP-FPM workers (more than the cores) share the CPU and stretch the slowest requests."
            + " Servers run below saturation: measure with fewer --users (" + summary.run().users()
            + " now) to see what they get; docs/benchmarks.md shows both.")));
  }

  private static boolean pattern(double beforeP50, double beforeP95, double afterP50, double afterP95) {
    return beforeP50 > 0 && afterP50 < beforeP50 && afterP95 > beforeP95 * P95_RISE;
  }

  /** The median over a side's runs of TTFB p50 or p95; 0 when none was measured. */
  private static double median(LoadComparison load, boolean before, boolean p95) {
    return LoadComparison.spread(before ? load.before() : load.after(),
        run -> run.ttfbMs().map(t -> p95 ? t.p95() : t.p50())).map(Spread::median).orElse(0.0);
  }
}
