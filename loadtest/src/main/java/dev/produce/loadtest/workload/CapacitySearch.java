package dev.produce.loadtest.workload;

import java.util.List;
import java.util.Optional;

/**
 * Finds the highest throughput stock sustains with a closed-model ramp: {@value #FIRST_USERS}, 10, 20 …
 * users, one short step each, until a step adds less than {@link #MIN_GAIN} to the best throughput so
 * far (the site's cores are busy: more users only queue), fails more than {@link #MAX_ERROR_RATE_PCT}
 * of its requests, or {@link #MAX_USERS} is reached. Capacity is the best step's visits per second.
 * Every step's users are a multiple of five, so exactly a fifth of them are logged in: each step offers
 * the mix of visits the open loads will offer.
 */
public final class CapacitySearch {
  /** A step must beat the best so far by this factor to count as more capacity. */
  static final double MIN_GAIN = 1.10;
  /** A step failing more than this share of its requests (percent) ends the search. */
  static final double MAX_ERROR_RATE_PCT = 1.0;
  static final int FIRST_USERS = 5;
  static final int MAX_USERS = 40;

  private CapacitySearch() {}

  /** The users of the next step after {@code steps}; empty when the search is over. */
  public static Optional<Integer> nextUsers(List<CapacityStep> steps) {
    if (steps.isEmpty()) {
      return Optional.of(FIRST_USERS);
    }
    CapacityStep last = steps.get(steps.size() - 1);
    if (last.errorRatePct() > MAX_ERROR_RATE_PCT || last.users() * 2 > MAX_USERS) {
      return Optional.empty();
    }
    if (steps.size() > 1) {
      double bestBefore = steps.subList(0, steps.size() - 1).stream().mapToDouble(CapacityStep::visitsPerSec)
          .max().orElse(0);
      if (last.visitsPerSec() < bestBefore * MIN_GAIN) {
        return Optional.empty();
      }
    }
    return Optional.of(last.users() * 2);
  }

  /** The capacity the steps found: the step with the most visits per second among those without errors. */
  public static Capacity result(List<CapacityStep> steps) {
    CapacityStep best = steps.stream().filter(step -> step.errorRatePct() <= MAX_ERROR_RATE_PCT)
        .filter(step -> step.visitsPerSec() > 0)
        .reduce((a, b) -> b.visitsPerSec() > a.visitsPerSec() ? b : a)
        .orElseThrow(() -> new IllegalStateException("no capacity step completed a visit without errors: " + steps));
    return new Capacity(best, steps);
  }
}
