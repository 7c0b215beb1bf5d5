package dev.produce.loadtest.summary;

import java.util.Objects;
import java.util.Optional;

/**
 * One of the original design's targets for a bundle, at one load, with what the runs measured. Reported
 * in summary.md and summary.json; never part of the gate.
 *
 * @param goal       which target
 * @param loadKey    the load's key in summary.json ({@code open-50pct}), empty for a single before/after pair
 * @param loadLabel  how the report names the load ({@code 50 % of capacity}), empty for a single pair
 * @param measuredPct the measured value in percent (a reduction, or a hit rate), empty when not measured
 */
public record SeedTarget(Goal goal, Optional<String> loadKey, Optional<String> loadLabel, Optional<Double> measuredPct) {

  /** The seed's three targets. */
  public enum Goal {
    /** p95 time to first byte at least 80 % lower than stock's (median over the pairs). */
    TTFB_P95_REDUCTION("ttfb_p95_reduction_pct", "TTFB p95 reduction", 80, false),
    /** p95 page load (an anonymous page and every asset it references) at least 50 % shorter. */
    PAGE_LOAD_P95_REDUCTION("page_load_p95_reduction_pct", "Page load p95 reduction", 50, false),
    /** More than 90 % of Drupal's cache item reads served from cache, with the bundle applied. */
    DRUPAL_CACHE_HIT_RATE("drupal_cache_hit_rate_pct", "Drupal cache hit rate (after)", 90, true);

    private final String key;
    private final String label;
    private final double requiredPct;
    private final boolean strictlyAbove;

    Goal(String key, String label, double requiredPct, boolean strictlyAbove) {
      this.key = key;
      this.label = label;
      this.requiredPct = requiredPct;
      this.strictlyAbove = strictlyAbove;
    }

    /** The target's name in summary.json. */
    public String key() {
      return key;
    }

    /** The target's name in summary.md. */
    public String label() {
      return label;
    }

    /** {@code >= 80} or {@code > 90}: the condition in summary.json (percent). */
    public String required() {
      return (strictlyAbove ? "> " : ">= ") + Numbers.trimmed(requiredPct);
    }

    /** {@code ≥ 80 %} or {@code > 90 %}: the condition in summary.md. */
    public String requiredText() {
      return (strictlyAbove ? "> " : "\u2265 ") + Numbers.trimmed(requiredPct) + " %";
    }

    boolean met(double measuredPct) {
      return strictlyAbove ? measuredPct > requiredPct : measuredPct >= requiredPct;
    }
  }

  public SeedTarget {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(loadKey, "loadKey");
    Objects.requireNonNull(loadLabel, "loadLabel");
    Objects.requireNonNull(measuredPct, "measuredPct");
  }

  /** Whether the measured value meets the target; empty when nothing was measured. */
  public Optional<Boolean> met() {
    return measuredPct.map(goal::met);
  }
}
