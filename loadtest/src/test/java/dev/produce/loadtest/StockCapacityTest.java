package dev.produce.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.loadtest.summary.KindStats;
import dev.produce.loadtest.summary.PhaseResult;
import dev.produce.loadtest.workload.CapacityStep;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A capacity step's visits per second from a run's page counts, and how long a step lasts. */
class StockCapacityTest {

  @Test
  void step_countsAnAnonymousVisitPerPageAndALoggedInVisitPerTwoPages() {
    PhaseResult run = new PhaseResult(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 900, 9,
        10.0, Optional.empty(), Optional.empty(), 100, 0, Map.of(
            "page_anonymous", new KindStats(120, 0, Optional.empty()),
            "page_authenticated", new KindStats(50, 0, Optional.empty()),
            "asset", new KindStats(730, 9, Optional.empty())),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

    CapacityStep step = StockCapacity.step(10, run);

    assertThat(step.anonymousVisitsPerSec()).isEqualTo(12.0);
    assertThat(step.authenticatedVisitsPerSec()).isEqualTo(2.5);
    assertThat(step.errorRatePct()).isEqualTo(0.9);
  }

  @Test
  void step_ofTwinSites_isOneSitesMean_withTheWorseErrorRate() {
    PhaseResult faster = run(200, 40, 0);
    PhaseResult slower = run(100, 20, 3);

    CapacityStep step = StockCapacity.step(10, List.of(faster, slower));

    assertThat(step.anonymousVisitsPerSec()).isEqualTo(15.0);
    assertThat(step.authenticatedVisitsPerSec()).isEqualTo(1.5);
    assertThat(step.errorRatePct()).isEqualTo(StockCapacity.step(10, slower).errorRatePct()).isPositive();
  }

  /** 10 s with {@code anonymous} anonymous and {@code authenticated} logged-in pages, {@code errors} failed. */
  private static PhaseResult run(long anonymous, long authenticated, long errors) {
    long requests = anonymous + authenticated;
    return new PhaseResult(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), requests, errors,
        10.0, Optional.empty(), Optional.empty(), 100, 0, Map.of(
            "page_anonymous", new KindStats(anonymous, errors, Optional.empty()),
            "page_authenticated", new KindStats(authenticated, 0, Optional.empty())),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
  }

  @Test
  void stepDuration_isHalfAMeasuredRun_within5And15Seconds() {
    assertThat(StockCapacity.stepDuration(Duration.ofSeconds(6))).isEqualTo(Duration.ofSeconds(5));
    assertThat(StockCapacity.stepDuration(Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(10));
    assertThat(StockCapacity.stepDuration(Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(15));
  }
}
