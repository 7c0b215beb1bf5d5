package dev.produce.loadtest;

import dev.produce.loadtest.summary.KindStats;
import dev.produce.loadtest.summary.PhaseResult;
import dev.produce.loadtest.traffic.RequestKind;
import dev.produce.loadtest.workload.Capacity;
import dev.produce.loadtest.workload.CapacitySearch;
import dev.produce.loadtest.workload.CapacityStep;
import dev.produce.loadtest.workload.Workload;
import dev.produce.verifier.container.TargetException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures stock's capacity on the fixture site with {@link CapacitySearch}'s closed-model ramp: one
 * warm-up, then short unreported steps of 5, 10, 20 … users (half a measured run each, 5 to 15 s). With
 * twin sites, both are loaded at once at each step and the capacity is one site's.
 */
final class StockCapacity {
  static final Duration MIN_STEP = Duration.ofSeconds(5);
  static final Duration MAX_STEP = Duration.ofSeconds(15);

  private StockCapacity() {}

  /** The capacity {@code --capacity} gives, else measured. */
  static Capacity givenOrMeasured(PhaseRunner phases, LoadTestSettings settings, Progress progress) throws IOException {
    return settings.capacity().isPresent() ? Capacity.given(settings.capacity().get())
        : measure(phases, settings, progress);
  }

  static Capacity measure(PhaseRunner phases, LoadTestSettings settings, Progress progress) throws IOException {
    Duration step = stepDuration(settings.duration());
    List<CapacityStep> steps = new ArrayList<>();
    Duration warmup = settings.warmup();
    for (Optional<Integer> users = CapacitySearch.nextUsers(steps); users.isPresent();
        users = CapacitySearch.nextUsers(steps)) {
      List<PhaseResult> results = phases.runAll("capacity/" + users.get() + "-users", new Workload.Closed(users.get()),
          step, warmup, false, phases.noDaemonCounters());
      warmup = Duration.ZERO;
      steps.add(step(users.get(), results));
      progress.step(String.format(Locale.ROOT, "capacity: %d users completed %.2f visits/s", users.get(),
          steps.get(steps.size() - 1).visitsPerSec()));
    }
    try {
      Capacity capacity = CapacitySearch.result(steps);
      progress.step(String.format(Locale.ROOT, "stock's capacity: %.2f visits/s (with %d users)",
          capacity.visitsPerSec(), capacity.best().users()));
      return capacity;
    } catch (IllegalStateException e) {
      throw new TargetException("stock completed no visit without errors while its capacity was measured: "
          + e.getMessage(), e);
    }
  }

  /** Half a measured run, within {@link #MIN_STEP} and {@link #MAX_STEP}. */
  static Duration stepDuration(Duration measured) {
    Duration half = measured.dividedBy(2);
    return half.compareTo(MIN_STEP) < 0 ? MIN_STEP : half.compareTo(MAX_STEP) > 0 ? MAX_STEP : half;
  }

  /**
   * Visits completed per second by one site: with twin sites loaded at once, their mean (each site's
   * capacity while its twin takes the same load), and the worse error rate.
   */
  static CapacityStep step(int users, List<PhaseResult> results) {
    List<CapacityStep> each = results.stream().map(result -> step(users, result)).toList();
    return new CapacityStep(users, each.stream().mapToDouble(CapacityStep::anonymousVisitsPerSec).average().orElse(0),
        each.stream().mapToDouble(CapacityStep::authenticatedVisitsPerSec).average().orElse(0),
        each.stream().mapToDouble(CapacityStep::errorRatePct).max().orElse(0));
  }

  /** Visits completed per second: an anonymous visit asks for one page, a logged-in visit for two. */
  static CapacityStep step(int users, PhaseResult result) {
    double seconds = result.durationSeconds();
    return new CapacityStep(users, pages(result, RequestKind.PAGE_ANONYMOUS) / seconds,
        pages(result, RequestKind.PAGE_AUTHENTICATED) / 2.0 / seconds, result.errorRatePct());
  }

  private static long pages(PhaseResult result, RequestKind kind) {
    KindStats stats = result.byKind().get(kind.key());
    return stats == null ? 0 : stats.requests();
  }
}
