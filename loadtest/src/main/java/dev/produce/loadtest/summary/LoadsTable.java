package dev.produce.loadtest.summary;

import dev.produce.loadtest.workload.Capacity;
import dev.produce.loadtest.workload.CapacityStep;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The part of {@code summary.md} about repeated runs: how the loads were derived (CPU split, stock's
 * capacity, pairs) and one row per load with the p95 TTFB median and range before and after, the
 * median of the pairs' ratios with each pair's, and the verdict.
 */
final class LoadsTable {
  /** The table's header line: the CLI prints the table from here. */
  static final String HEADER = "| load | offered | p95 TTFB before: median (range) | after | after/before: median (per pair) | verdict |";

  private LoadsTable() {}

  static void intro(StringBuilder md, Summary summary) {
    RunInfo run = summary.run();
    run.cpus().ifPresent(cpus -> md.append("CPUs: ").append(cpus.describe())
        .append(cpus.bundleCpus().map(n -> "; the bundle was compiled with --cpus " + n)
            .orElse("; the bundle records no --cpus"))
        .append(".\n"));
    summary.capacity().ifPresent(capacity -> md.append(capacity(capacity)));
    md.append(run.control()
        ? String.format(Locale.ROOT, "%d pair%s per load on twin sites (two identical site containers sharing the"
            + " site's CPUs, loaded at the same time, both stock: a control run, nothing applied; the sides swap"
            + " between pairs as a bundle would), %d s per run after a %d s warm-up.%n",
            run.pairs(), run.pairs() == 1 ? "" : "s", run.durationSeconds(), run.warmupSeconds())
        : run.twins()
        ? String.format(Locale.ROOT, "%d before/after pair%s per load on twin sites (two identical site containers"
            + " sharing the site's CPUs, loaded at the same time: stock on one, the bundle on the other, which moves"
            + " to the twin between pairs with ./produce --rollback and ./produce; each site's load and capacity"
            + " are per site), %d s per run after a %d s warm-up.%n",
            run.pairs(), run.pairs() == 1 ? "" : "s", run.durationSeconds(), run.warmupSeconds())
        : String.format(Locale.ROOT, "%d before/after pair%s per load (B A B A …, the bundle applied with"
            + " ./produce and undone with ./produce --rollback between them), %d s per run after a %d s warm-up.%n",
            run.pairs(), run.pairs() == 1 ? "" : "s", run.durationSeconds(), run.warmupSeconds()));
    md.append(run.cachesAtStart().equals(Optional.of(CachesAtStart.EMPTIED))
        ? "Each state started from Drupal's caches emptied and not filled (--caches emptied: a cold start, as"
            + " after a deploy or drush cache:rebuild).\n"
        : "Each state started from Drupal's caches emptied, then filled: every landing page once, the most viewed"
            + " pages logged in.\n");
  }

  static void format(StringBuilder md, List<LoadComparison> loads) {
    md.append(HEADER).append("\n|---|---|---:|---:|---:|---|\n");
    for (LoadComparison load : loads) {
      md.append("| ").append(load.label()).append(" | ").append(load.workload()).append(" | ")
          .append(p95(load.before())).append(" | ").append(p95(load.after())).append(" | ")
          .append(load.p95Ratio().map(ratio -> String.format(Locale.ROOT, "%.2f (%s)", ratio,
              Numbers.ratios(load.p95PairRatios()))).orElse("\u2014"))
          .append(" | ").append(load.verdict().word()).append(" |\n");
    }
  }

  static String primaryLabel(Summary summary) {
    return summary.loads().stream().filter(LoadComparison::open).reduce((first, second) -> second)
        .or(() -> summary.loads().stream().findFirst()).map(LoadComparison::label).orElse("");
  }

  /** {@code 120 ms (110–130 ms)}. */
  private static String p95(List<PhaseResult> runs) {
    Optional<Spread> spread = LoadComparison.spread(runs, LoadComparison::ttfbP95);
    return spread.map(s -> Numbers.millis(s.median()) + " (" + Numbers.range(s.min(), s.max()) + ")")
        .orElse("\u2014");
  }

  private static String capacity(Capacity capacity) {
    if (capacity.isGiven()) {
      return String.format(Locale.ROOT, "Stock's capacity: %.2f visits/s as given (--capacity), not measured; the open"
          + " loads offer a share of it, a fifth of the visits logged in.%n", capacity.visitsPerSec());
    }
    String ramp = capacity.steps().stream()
        .map(step -> String.format(Locale.ROOT, "%d: %.2f", step.users(), step.visitsPerSec()))
        .collect(Collectors.joining(", "));
    CapacityStep best = capacity.best();
    return String.format(Locale.ROOT, "Stock's capacity: %.2f visits/s with %d closed-model users (the ramp, users:"
        + " visits/s: %s%s); the open loads offer a share of it in the same mix of anonymous and logged-in visits.%n",
        best.visitsPerSec(), best.users(), ramp, capacity.atCeiling()
            ? "; it ended at its ceiling still gaining, so stock may sustain more" : "");
  }
}
