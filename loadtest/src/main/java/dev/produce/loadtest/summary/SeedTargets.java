package dev.produce.loadtest.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The original design's targets against what a load test measured: per load, the median p95 TTFB and
 * page load reductions over the pairs and the median Drupal cache hit rate of the runs with the bundle;
 * for a single pair, its values. The table that opens summary.md; {@code seed_targets} in summary.json.
 */
public final class SeedTargets {
  /** The header of summary.md's table: the CLI prints the table from here. */
  static final String HEADER = "| seed target | required | measured | met |";

  private SeedTargets() {}

  /** One row per target and load, loads in the summary's order. */
  public static List<SeedTarget> of(Summary summary) {
    List<SeedTarget> targets = new ArrayList<>();
    if (summary.loads().isEmpty()) {
      Optional<PhaseResult> before = summary.before();
      PhaseResult after = summary.after();
      targets.add(single(SeedTarget.Goal.TTFB_P95_REDUCTION, summary.ttfbP95ReductionPct()));
      targets.add(single(SeedTarget.Goal.PAGE_LOAD_P95_REDUCTION, before.flatMap(LoadComparison::pageLoadP95)
          .flatMap(b -> LoadComparison.pageLoadP95(after).flatMap(a -> Reduction.percent(b, a)))));
      targets.add(single(SeedTarget.Goal.DRUPAL_CACHE_HIT_RATE, after.drupalCacheHitRate().map(SeedTargets::percent)));
      return targets;
    }
    for (LoadComparison load : summary.loads()) {
      targets.add(at(load, SeedTarget.Goal.TTFB_P95_REDUCTION, load.p95Ratio().map(SeedTargets::reduction)));
      targets.add(at(load, SeedTarget.Goal.PAGE_LOAD_P95_REDUCTION, load.pageLoadP95Ratio().map(SeedTargets::reduction)));
      targets.add(at(load, SeedTarget.Goal.DRUPAL_CACHE_HIT_RATE,
          load.drupalCacheHitRateAfter().map(SeedTargets::percent)));
    }
    return targets;
  }

  /** The table of summary.md: target, required, measured, met / not met / n/a. */
  static void format(StringBuilder md, List<SeedTarget> targets) {
    md.append(HEADER).append("\n|---|---:|---:|---|\n");
    for (SeedTarget target : targets) {
      md.append("| ").append(target.goal().label()).append(target.loadLabel().map(label -> " at " + label).orElse(""))
          .append(" | ").append(target.goal().requiredText()).append(" | ")
          .append(target.measuredPct().map(SeedTargets::percentText).orElse("\u2014"))
          .append(" | ").append(target.met().map(met -> met ? "met" : "not met").orElse("n/a")).append(" |\n");
    }
    md.append("\nThe original design's targets, reported, not gated: medians over the pairs (the hit rate of the runs"
        + " with the bundle: Drupal cache item reads served from cache, as the fixture site counts them); page load"
        + " is an anonymous page and every asset it references.\n\n");
  }

  /** {@code 36.4 %}, {@code −13.0 %} (U+2212 for minus, as the rest of summary.md). */
  private static String percentText(double pct) {
    String text = String.format(Locale.ROOT, "%.1f %%", pct);
    return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
  }

  private static SeedTarget single(SeedTarget.Goal goal, Optional<Double> measuredPct) {
    return new SeedTarget(goal, Optional.empty(), Optional.empty(), measuredPct);
  }

  private static SeedTarget at(LoadComparison load, SeedTarget.Goal goal, Optional<Double> measuredPct) {
    return new SeedTarget(goal, Optional.of(load.key()), Optional.of(load.label()), measuredPct);
  }

  /** A ratio after/before as a reduction in percent, one decimal. */
  private static double reduction(double ratio) {
    return Math.round((1 - ratio) * 1000) / 10.0;
  }

  /** A share as percent, one decimal. */
  private static double percent(double share) {
    return Math.round(share * 1000) / 10.0;
  }
}
