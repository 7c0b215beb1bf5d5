package dev.produce.loadtest.summary;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The repeated before and after runs at one load, in the order they ran (B A B A …), and what they say.
 *
 * @param key      the load's key in summary.json, e.g. {@code open-50pct} or {@code saturation}
 * @param label    how the report names it, e.g. {@code 50 % of capacity}
 * @param open     whether the load is an open arrival rate (false: closed users, saturation)
 * @param workload the load offered, e.g. {@code 6.20 visits/s (open)}
 * @param before   the stock runs
 * @param after    the runs with the bundle applied
 */
public record LoadComparison(String key, String label, boolean open, String workload, List<PhaseResult> before,
    List<PhaseResult> after) {

  public LoadComparison {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(workload, "workload");
    before = List.copyOf(before);
    after = List.copyOf(after);
    if (before.isEmpty() || after.isEmpty()) {
      throw new IllegalArgumentException("a comparison needs a before and an after run at " + key);
    }
  }

  /** A metric's median and range over the runs that measured it; empty when none did. */
  public static Optional<Spread> spread(List<PhaseResult> runs, Function<PhaseResult, Optional<Double>> metric) {
    List<Double> values = runs.stream().map(metric).flatMap(Optional::stream).toList();
    return values.isEmpty() ? Optional.empty() : Optional.of(Spread.of(values));
  }

  /** The runs' p95 TTFB (all HTML pages, from the probe). */
  public static Optional<Double> ttfbP95(PhaseResult run) {
    return run.ttfbMs().map(Percentiles::p95);
  }

  /** The runs' p95 page load (anonymous page and its assets). */
  public static Optional<Double> pageLoadP95(PhaseResult run) {
    return run.pageLoadMs().map(Percentiles::p95);
  }

  /** Median after / median before p95 TTFB, three decimals; empty when a side measured none. */
  public Optional<Double> p95Ratio() {
    return medianRatio(LoadComparison::ttfbP95);
  }

  /** Median after / median before p95 page load, three decimals; empty when a side measured none. */
  public Optional<Double> pageLoadP95Ratio() {
    return medianRatio(LoadComparison::pageLoadP95);
  }

  /** The median share of Drupal cache reads served from cache in the after runs; empty when none counted them. */
  public Optional<Double> drupalCacheHitRateAfter() {
    return spread(after, PhaseResult::drupalCacheHitRate).map(Spread::median);
  }

  private Optional<Double> medianRatio(Function<PhaseResult, Optional<Double>> metric) {
    return spread(before, metric).flatMap(b -> spread(after, metric)
        .filter(a -> b.median() > 0).map(a -> Math.round(a.median() / b.median() * 1000) / 1000.0));
  }

  /**
   * Better or worse when the after runs' p95 range lies wholly below or above the before runs'; else
   * (overlapping ranges, a single run on a side, no TTFB) inconclusive.
   */
  public Verdict verdict() {
    Optional<Spread> b = spread(before, LoadComparison::ttfbP95);
    Optional<Spread> a = spread(after, LoadComparison::ttfbP95);
    if (b.isEmpty() || a.isEmpty() || b.get().runs() < 2 || a.get().runs() < 2 || b.get().overlaps(a.get())) {
      return Verdict.INCONCLUSIVE;
    }
    return a.get().max() < b.get().min() ? Verdict.BETTER : Verdict.WORSE;
  }

  /** The run whose p95 TTFB is the median (the lower middle one for an even count): the one to show in detail. */
  public static PhaseResult representative(List<PhaseResult> runs) {
    List<PhaseResult> measured = runs.stream().filter(run -> run.ttfbMs().isPresent())
        .sorted(Comparator.comparingDouble(run -> run.ttfbMs().get().p95())).toList();
    return measured.isEmpty() ? runs.get(0) : measured.get((measured.size() - 1) / 2);
  }
}
