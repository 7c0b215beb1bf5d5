package dev.produce.loadtest.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gate: the required p95 TTFB reduction, and an after phase that answers without errors. */
class GateTest {
  private static final PhaseResult HEALTHY_AFTER = Phases.phase(Phases.ms(4, 10, 20, 30), 0, 0.98);

  @Test
  void evaluate_reductionMeetsTheRequirement_passes() {
    Gate gate = Gate.evaluate(Optional.of(50.0), Optional.of(50.0), HEALTHY_AFTER, 1.0);

    assertThat(gate.passed()).isTrue();
    assertThat(gate.reasons()).isEmpty();
  }

  @Test
  void evaluate_reductionBelowTheRequirement_failsSayingBothNumbers() {
    Gate gate = Gate.evaluate(Optional.of(50.0), Optional.of(42.1), HEALTHY_AFTER, 1.0);

    assertThat(gate.passed()).isFalse();
    assertThat(gate.reasons()).containsExactly("p95 TTFB fell by 42.1 %, less than the required 50 %");
  }

  @Test
  void evaluate_slowerAfter_saysTheTtfbRose() {
    Gate gate = Gate.evaluate(Optional.of(10.0), Optional.of(-85.5), HEALTHY_AFTER, 1.0);

    assertThat(gate.reasons()).containsExactly("p95 TTFB rose by 85.5 %; the gate requires a fall of at least 10 %");
  }

  @Test
  void evaluate_impossibleRequirement_fails() {
    assertThat(Gate.evaluate(Optional.of(100.0), Optional.of(99.9), HEALTHY_AFTER, 1.0).passed()).isFalse();
  }

  @Test
  void evaluate_noRequirement_passesWhateverTheReduction() {
    Gate gate = Gate.evaluate(Optional.empty(), Optional.of(-30.0), HEALTHY_AFTER, 1.0);

    assertThat(gate.passed()).isTrue();
    assertThat(gate.ttfbReductionPct()).isEmpty();
  }

  @Test
  void evaluate_requirementWithoutMeasurableReduction_fails() {
    Gate gate = Gate.evaluate(Optional.of(10.0), Optional.empty(), HEALTHY_AFTER, 1.0);

    assertThat(gate.passed()).isFalse();
    assertThat(gate.reasons()).singleElement().asString().startsWith("no p95 TTFB reduction could be computed");
  }

  @Test
  void evaluate_fastButFailingAfterPhase_failsEvenWithAHugeReduction() {
    PhaseResult erroring = Phases.phase(Phases.ms(1, 2, 3, 4), 300, null);

    Gate gate = Gate.evaluate(Optional.of(50.0), Optional.of(95.0), erroring, 1.0);

    assertThat(gate.passed()).isFalse();
    assertThat(gate.reasons()).singleElement().asString()
        .isEqualTo("8.33 % of the after phase's requests failed (at most 1 % allowed)");
  }

  @Test
  void evaluate_afterPhaseWithoutProbeSamples_fails() {
    PhaseResult silent = new PhaseResult(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 100,
        0, 30, Optional.empty(), Optional.empty(), 0, 0, Map.of(), Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(Gate.evaluate(Optional.empty(), Optional.empty(), silent, 1.0).reasons())
        .contains("the after phase had no successful probe request");
  }
}
