package dev.produce.loadtest.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The repeated before and after runs at one load, in the order they ran (B A B A …), and what they say.
 * Run {@code i} of each side form a pair, run back to back: the verdict and the ratio compare each after
 * run with its own before run, so a machine that drifts between pairs (measured on a shared 2-core
 * machine: stock alone from 120 to 206 requests/s within ten minutes) moves both runs of a pair alike
 * and cancels out (ADR 0011).
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

  /** The runs' p99 TTFB (all HTML pages, from the probe). */
  public static Optional<Double> ttfbP99(PhaseResult run) {
    return run.ttfbMs().map(Percentiles::p99);
  }

  /** The runs' throughput in requests per second (all requests, Gatling's). */
  public static Optional<Double> throughputRps(PhaseResult run) {
    return Optional.of(run.throughputRps());
  }

  /** The runs' p95 page load (anonymous page and its assets). */
  public static Optional<Double> pageLoadP95(PhaseResult run) {
    return run.pageLoadMs().map(Percentiles::p95);
  }

  /** The median of the pairs' after / before p95 TTFB, three decimals; empty when no pair measured both. */
  public Optional<Double> p95Ratio() {
    return medianRatio(LoadComparison::ttfbP95);
  }

  /** The median of the pairs' after / before p95 page load, three decimals; empty when no pair measured both. */
  public Optional<Double> pageLoadP95Ratio() {
    return medianRatio(LoadComparison::pageLoadP95);
  }

  /** Each pair's after / before p95 TTFB, in run order, three decimals; pairs missing a side's TTFB left out. */
  public List<Double> p95PairRatios() {
    return pairRatios(LoadComparison::ttfbP95);
  }

  /** The median share of Drupal cache reads served from cache in the after runs; empty when none counted them. */
  public Optional<Double> drupalCacheHitRateAfter() {
    return spread(after, PhaseResult::drupalCacheHitRate).map(Spread::median);
  }

  private Optional<Double> medianRatio(Function<PhaseResult, Optional<Double>> metric) {
    List<Double> ratios = pairRatios(metric);
    return ratios.isEmpty() ? Optional.empty() : Optional.of(round3(Spread.of(ratios).median()));
  }

  private List<Double> pairRatios(Function<PhaseResult, Optional<Double>> metric) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
      Optional<Double> b = metric.apply(before.get(i)).filter(value -> value > 0);
      Optional<Double> a = metric.apply(after.get(i));
      if (b.isPresent() && a.isPresent()) {
        ratios.add(round3(a.get() / b.get()));
      }
    }
    return List.copyOf(ratios);
  }

  private static double round3(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /**
   * Better when every pair's after run had a lower p95 TTFB than its before run, worse when every pair's
   * had a higher one; else (the pairs disagree, fewer than two pairs, no TTFB) inconclusive.
   */
  public Verdict verdict() {
    List<Double> ratios = p95PairRatios();
    if (ratios.size() < 2) {
      return Verdict.INCONCLUSIVE;
    }
    if (ratios.stream().allMatch(ratio -> ratio < 1.0)) {
      return Verdict.BETTER;
    }
    return ratios.stream().allMatch(ratio -> ratio > 1.0) ? Verdict.WORSE : Verdict.INCONCLUSIVE;
  }

  /** The run whose p95 TTFB is the median (the lower middle one for an even count): the one to show in detail. */
  public static PhaseResult representative(List<PhaseResult> runs) {
    List<PhaseResult> measured = runs.stream().filter(run -> run.ttfbMs().isPresent())
        .sorted(Comparator.comparingDouble(run -> run.ttfbMs().get().p95())).toList();
    return measured.isEmpty() ? runs.get(0) : measured.get((measured.size() - 1) / 2);
  }
}
