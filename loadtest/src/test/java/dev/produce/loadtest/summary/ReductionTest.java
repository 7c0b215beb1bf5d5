package dev.produce.loadtest.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The p95 TTFB reduction: (before − after) / before, in percent. */
class ReductionTest {

  @Test
  void percent_halved_is50() {
    assertThat(Reduction.percent(20.0, 10.0)).contains(50.0);
  }

  @Test
  void percent_slower_isNegative() {
    assertThat(Reduction.percent(10.0, 12.5)).contains(-25.0);
  }

  @Test
  void percent_roundsToOneDecimal() {
    assertThat(Reduction.percent(3.0, 2.0)).contains(33.3);
  }

  @Test
  void percent_zeroBefore_isEmpty() {
    assertThat(Reduction.percent(0.0, 1.0)).isEmpty();
  }

  @Test
  void ttfbP95_usesTheP95OfBothPhases() {
    PhaseResult before = Phases.phase(Phases.ms(5, 40, 60, 90), 0, null);
    PhaseResult after = Phases.phase(Phases.ms(4, 10, 20, 30), 0, 0.97);

    assertThat(Reduction.ttfbP95(Optional.of(before), after)).contains(75.0);
  }

  @Test
  void ttfbP95_withoutBefore_isEmpty() {
    assertThat(Reduction.ttfbP95(Optional.empty(), Phases.phase(Phases.ms(4, 10, 20, 30), 0, null))).isEmpty();
  }

  @Test
  void ttfbP95_afterWithoutSamples_isEmpty() {
    PhaseResult before = Phases.phase(Phases.ms(5, 40, 60, 90), 0, null);
    PhaseResult noTtfb = new PhaseResult(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 10,
        10, 30, Optional.empty(), Optional.empty(), 0, 50, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Map.of());

    assertThat(Reduction.ttfbP95(Optional.of(before), noTtfb)).isEmpty();
  }
}
