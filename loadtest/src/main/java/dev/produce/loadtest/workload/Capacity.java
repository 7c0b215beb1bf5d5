package dev.produce.loadtest.workload;

import java.util.List;

/**
 * Stock's capacity: the highest throughput of visits it sustained in the capacity search, per kind
 * of visit, and the steps that found it; or a capacity given ({@code --capacity}), not measured.
 *
 * @param best  the step with the most visits per second (for a given capacity: 0 users)
 * @param steps every step, in the order run; empty for a given capacity
 */
public record Capacity(CapacityStep best, List<CapacityStep> steps) {
  /** Share of visits that are logged in when the capacity is given: that of the closed model's users. */
  static final double GIVEN_AUTHENTICATED_SHARE = 0.2;

  public Capacity {
    steps = List.copyOf(steps);
  }

  /** A capacity of {@code visitsPerSec}, given rather than measured, a fifth of its visits logged in. */
  public static Capacity given(double visitsPerSec) {
    if (!(visitsPerSec > 0)) {
      throw new IllegalArgumentException("a capacity is positive: " + visitsPerSec);
    }
    return new Capacity(new CapacityStep(0, visitsPerSec * (1 - GIVEN_AUTHENTICATED_SHARE),
        visitsPerSec * GIVEN_AUTHENTICATED_SHARE, 0), List.of());
  }

  /** Whether it was given ({@code --capacity}) rather than measured. */
  public boolean isGiven() {
    return steps.isEmpty();
  }

  /**
   * Whether the search stopped at its user ceiling while the last step still gained: the site may
   * sustain more than {@link #visitsPerSec()}.
   */
  public boolean atCeiling() {
    if (isGiven()) {
      return false;
    }
    CapacityStep last = steps.get(steps.size() - 1);
    return last.equals(best) && last.users() * 2 > CapacitySearch.MAX_USERS;
  }

  public double visitsPerSec() {
    return best.visitsPerSec();
  }

  /**
   * The open workload at {@code percent} of capacity: each kind of visit arrives at that share of the
   * rate it was completed at in the best step, so the mix of visits is the one capacity was measured with.
   */
  public Workload.Open openAt(int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent must be within 1..100: " + percent);
    }
    double share = percent / 100.0;
    return new Workload.Open(round(best.anonymousVisitsPerSec() * share),
        round(best.authenticatedVisitsPerSec() * share));
  }

  /** Three decimals: Gatling schedules arrivals in milliseconds. */
  private static double round(double rate) {
    return Math.round(rate * 1000) / 1000.0;
  }
}
