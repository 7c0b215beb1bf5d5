package dev.produce.loadtest.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        0, 30, Optional.empty(), Optional.empty(), 0, 0, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Map.of());

    assertThat(Gate.evaluate(Optional.empty(), Optional.empty(), silent, 1.0).reasons())
        .contains("the after phase had no successful probe request");
  }

  /** Stock's p95s 100, 120, 110 ms at the load {@code key}, and these after it. */
  private static LoadComparison againstStock(String key, double... afterP95s) {
    return LoadComparisonTest.load(key, LoadComparisonTest.runs(100, 120, 110), LoadComparisonTest.runs(afterP95s));
  }

  @Test
  void loads_everyMedianBetterOrEqual_passesWithoutARequirement() {
    // at 80 %: the pairs disagree (0.95, 1.04, 0.91) but the median is not worse, so the no-regression rule holds
    Gate gate = Gate.evaluate(Optional.empty(), List.of(againstStock("open-50pct", 60, 80, 70),
        againstStock("open-80pct", 95, 125, 100)), 1.0);

    assertThat(gate.passed()).isTrue();
    assertThat(gate.inconclusive()).isFalse();
  }

  @Test
  void loads_aClearRegressionAtOneRate_failsNamingIt() {
    Gate gate = Gate.evaluate(Optional.empty(), List.of(againstStock("open-50pct", 60, 80, 70),
        againstStock("open-80pct", 130, 150, 140)), 1.0);

    assertThat(gate.passed()).isFalse();
    assertThat(gate.inconclusive()).isFalse();
    assertThat(gate.reasons()).containsExactly("p95 TTFB at 80 % of capacity got worse: median after/before 1.27,"
        + " per pair 1.30, 1.25, 1.27; before 100\u2013120 ms, after 130\u2013150 ms");
  }

  @Test
  void loads_aWorseMedianWithPairsThatDisagree_failsAsInconclusive() {
    Gate gate = Gate.evaluate(Optional.empty(), List.of(againstStock("open-80pct", 105, 110, 120)), 1.0);

    assertThat(gate.passed()).isFalse();
    assertThat(gate.inconclusive()).isTrue();
    assertThat(gate.reasons()).singleElement().asString().startsWith("inconclusive at 80 % of capacity: median"
        + " after/before 1.05, but the pairs disagree (per pair 1.05, 0.92, 1.09; before 100\u2013120 ms, after"
        + " 105\u2013120 ms)");
  }

  @Test
  void loads_requiredReduction_failsWhenUnmetAtAnyRate_andWhenInconclusive() {
    LoadComparison clear = againstStock("open-50pct", 40, 50, 45);
    LoadComparison overlapping = againstStock("open-80pct", 50, 130, 55);

    assertThat(Gate.evaluate(Optional.of(50.0), List.of(clear), 1.0).passed()).isTrue();
    Gate unmet = Gate.evaluate(Optional.of(60.0), List.of(clear), 1.0);
    assertThat(unmet.reasons()).containsExactly(
        "p95 TTFB at 50 % of capacity fell by 59.1 %, less than the required 60 %");
    Gate inconclusive = Gate.evaluate(Optional.of(10.0), List.of(clear, overlapping), 1.0);
    assertThat(inconclusive.passed()).isFalse();
    assertThat(inconclusive.inconclusive()).isTrue();
    assertThat(inconclusive.reasons()).singleElement().asString().startsWith("inconclusive at 80 % of capacity");
  }

  @Test
  void loads_anErroringAfterRun_fails() {
    List<PhaseResult> after = List.of(Phases.phase(Phases.ms(1, 50, 60, 70), 0, null),
        Phases.phase(Phases.ms(1, 55, 60, 70), 300, null));

    Gate gate = Gate.evaluate(Optional.empty(), List.of(LoadComparisonTest.load("open-50pct",
        LoadComparisonTest.runs(100, 120), after)), 1.0);

    assertThat(gate.reasons()).containsExactly("8.33 % of an after run's requests failed (at most 1 % allowed)");
  }
}
