package dev.produce.loadtest.summary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The part of {@code summary.md} that puts the bundle against stock on the three figures a user
 * judges a load by: the median over the runs of p95 TTFB, p99 TTFB and throughput, before → after,
 * and whether the bundle is at least as good (TTFB not higher, throughput not lower). At an open
 * arrival rate the throughput is what the load generator offered, the same on both sides within
 * how many requests were still in flight when the run ended, so there the row judges p95 and p99
 * only: a site that falls behind shows it in its TTFB. The verdict of {@link LoadsTable} rests on p95
 * alone; this table shows the tail and the throughput beside it.
 */
final class MediansTable {
  static final String HEADER = "| load | p95 TTFB | p99 TTFB | throughput | at least as good |";

  private MediansTable() {}

  static void format(StringBuilder md, List<LoadComparison> loads) {
    md.append("Medians over the runs at each load, before \u2192 after; at least as good: TTFB not higher and, with"
            + " closed users, throughput not lower (an open load's throughput is the rate offered):\n\n")
        .append(HEADER).append("\n|---|---:|---:|---:|---|\n");
    for (LoadComparison load : loads) {
      Optional<Double> p95Before = median(load.before(), LoadComparison::ttfbP95);
      Optional<Double> p95After = median(load.after(), LoadComparison::ttfbP95);
      Optional<Double> p99Before = median(load.before(), LoadComparison::ttfbP99);
      Optional<Double> p99After = median(load.after(), LoadComparison::ttfbP99);
      double rpsBefore = median(load.before(), LoadComparison::throughputRps).orElseThrow();
      double rpsAfter = median(load.after(), LoadComparison::throughputRps).orElseThrow();
      String atLeastAsGood = p95Before.isEmpty() || p95After.isEmpty() || p99Before.isEmpty() || p99After.isEmpty()
          ? "\u2014"
          : p95After.get() <= p95Before.get() && p99After.get() <= p99Before.get()
              && (load.open() || rpsAfter >= rpsBefore) ? "yes" : "no";
      md.append("| ").append(load.label())
          .append(" | ").append(millis(p95Before, p95After))
          .append(" | ").append(millis(p99Before, p99After))
          .append(" | ").append(String.format(Locale.ROOT, "%,.1f \u2192 %,.1f req/s", rpsBefore, rpsAfter))
          .append(load.open() ? " (offered)" : "")
          .append(" | ").append(atLeastAsGood).append(" |\n");
    }
  }

  private static Optional<Double> median(List<PhaseResult> runs, Function<PhaseResult, Optional<Double>> metric) {
    return LoadComparison.spread(runs, metric).map(Spread::median);
  }

  private static String millis(Optional<Double> before, Optional<Double> after) {
    return before.map(Numbers::millis).orElse("\u2014") + " \u2192 " + after.map(Numbers::millis).orElse("\u2014");
  }
}
