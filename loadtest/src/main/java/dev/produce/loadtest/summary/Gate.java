package dev.produce.loadtest.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The gate. With repeated runs at several loads it decides per load on the median of the pairs' p95
 * TTFB ratios (after / before, each after run against the before run it was paired with): a bundle
 * must not make p95 worse at any load. A median ratio above 1.0 fails — as a regression when every
 * pair got worse, as <em>inconclusive</em> when the pairs disagree (the runs cannot rule a regression
 * out). With a
 * required reduction every load's median must fall by at least that much, and clearly: an
 * inconclusive load fails too. Every after run must answer: a probe sample at least, and no more
 * than {@link #maxErrorRatePct} of its requests failed — a bundle that breaks the site must not pass
 * because error pages are fast.
 *
 * @param ttfbReductionPct the required reduction, empty when none was asked for
 * @param maxErrorRatePct  the largest share of failed requests allowed in an after run
 * @param passed           whether every condition held
 * @param inconclusive     whether the gate failed only because runs could not tell (the pairs disagree) at some load
 * @param reasons          why it failed, one sentence per condition; empty when it passed
 */
public record Gate(Optional<Double> ttfbReductionPct, double maxErrorRatePct, boolean passed, boolean inconclusive,
    List<String> reasons) {

  /** Failed requests tolerated in an after run, in percent. */
  public static final double DEFAULT_MAX_ERROR_RATE_PCT = 1.0;

  public Gate {
    reasons = List.copyOf(reasons);
    if (passed != reasons.isEmpty()) {
      throw new IllegalArgumentException("a gate passes exactly when it has no reasons to fail: " + reasons);
    }
    if (inconclusive && passed) {
      throw new IllegalArgumentException("an inconclusive gate does not pass");
    }
  }

  /** Evaluates the gate for one after phase whose p95 TTFB changed by {@code reduction} (empty: not measurable). */
  public static Gate evaluate(Optional<Double> required, Optional<Double> reduction, PhaseResult after,
      double maxErrorRatePct) {
    List<String> reasons = new ArrayList<>();
    required.ifPresent(pct -> {
      if (reduction.isEmpty()) {
        reasons.add("no p95 TTFB reduction could be computed (a phase has no successful probe sample)");
      } else if (reduction.get() < pct) {
        reasons.add(shortfall("", reduction.get(), pct));
      }
    });
    answered(List.of(after), maxErrorRatePct, reasons);
    return new Gate(required, maxErrorRatePct, reasons.isEmpty(), false, reasons);
  }

  /** Evaluates the gate over repeated runs at every load. */
  public static Gate evaluate(Optional<Double> required, List<LoadComparison> loads, double maxErrorRatePct) {
    List<String> reasons = new ArrayList<>();
    int inconclusive = 0;
    List<PhaseResult> afters = new ArrayList<>();
    for (LoadComparison load : loads) {
      afters.addAll(load.after());
      Optional<Double> ratio = load.p95Ratio();
      if (ratio.isEmpty()) {
        reasons.add("no p95 TTFB ratio at " + load.label() + " (a side has no successful probe sample)");
        continue;
      }
      Verdict verdict = load.verdict();
      if (verdict == Verdict.WORSE) {
        reasons.add(String.format(Locale.ROOT, "p95 TTFB at %s got worse: median after/before %.2f, %s",
            load.label(), ratio.get(), ranges(load)));
      } else if (verdict == Verdict.INCONCLUSIVE && (ratio.get() > 1.0 || required.isPresent())) {
        inconclusive++;
        reasons.add(String.format(Locale.ROOT, "inconclusive at %s: median after/before %.2f, but the pairs disagree"
            + " (%s); run more --pairs on a quieter machine", load.label(), ratio.get(), ranges(load)));
      }
      if (required.isPresent()) {
        double reduction = Math.round((1 - ratio.get()) * 1000) / 10.0;
        if (reduction < required.get()) {
          reasons.add(shortfall(" at " + load.label(), reduction, required.get()));
        }
      }
    }
    answered(afters, maxErrorRatePct, reasons);
    return new Gate(required, maxErrorRatePct, reasons.isEmpty(), inconclusive > 0 && inconclusive == reasons.size(),
        reasons);
  }

  private static String shortfall(String where, double reduction, double required) {
    return reduction >= 0
        ? String.format(Locale.ROOT, "p95 TTFB%s fell by %.1f %%, less than the required %s %%", where, reduction,
            Numbers.trimmed(required))
        : String.format(Locale.ROOT, "p95 TTFB%s rose by %.1f %%; the gate requires a fall of at least %s %%", where,
            -reduction, Numbers.trimmed(required));
  }

  /** {@code per pair 1.20, 1.26; before 95–100 ms, after 120–130 ms}: the pairs' ratios and both sides' ranges. */
  private static String ranges(LoadComparison load) {
    return "per pair " + Numbers.ratios(load.p95PairRatios()) + "; before "
        + range(LoadComparison.spread(load.before(), LoadComparison::ttfbP95)) + ", after "
        + range(LoadComparison.spread(load.after(), LoadComparison::ttfbP95));
  }

  private static String range(Optional<Spread> spread) {
    return spread.map(s -> Numbers.range(s.min(), s.max())).orElse("—");
  }

  private static void answered(List<PhaseResult> afters, double maxErrorRatePct, List<String> reasons) {
    if (afters.stream().anyMatch(after -> after.ttfbMs().isEmpty())) {
      reasons.add(afters.size() == 1 ? "the after phase had no successful probe request"
          : "an after run had no successful probe request");
    }
    double worst = afters.stream().mapToDouble(PhaseResult::errorRatePct).max().orElse(0);
    if (worst > maxErrorRatePct) {
      reasons.add(String.format(Locale.ROOT, "%.2f %% of %s requests failed (at most %s %% allowed)", worst,
          afters.size() == 1 ? "the after phase's" : "an after run's", Numbers.trimmed(maxErrorRatePct)));
    }
  }
}
