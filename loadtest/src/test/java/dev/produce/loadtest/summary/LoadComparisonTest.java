package dev.produce.loadtest.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A load's repeated runs: each pair's p95 ratio, their median, the verdict and the run shown in detail. */
class LoadComparisonTest {

  /** Runs with these p95 TTFBs (ms). */
  static List<PhaseResult> runs(double... p95s) {
    return Arrays.stream(p95s).mapToObj(p95 -> Phases.phase(Phases.ms(p95 / 4, p95, p95 * 1.5, p95 * 2), 0, null))
        .toList();
  }

  static LoadComparison load(String key, List<PhaseResult> before, List<PhaseResult> after) {
    return new LoadComparison(key, key.replace("open-", "").replace("pct", " % of capacity"), true,
        "5.00 visits/s (open)", before, after);
  }

  @Test
  void everyPairFaster_isBetter_withTheMedianOfThePairRatios() {
    LoadComparison load = load("open-50pct", runs(100, 120, 110), runs(60, 80, 70));

    assertThat(load.p95PairRatios()).containsExactly(0.6, 0.667, 0.636);
    assertThat(load.verdict()).isEqualTo(Verdict.BETTER);
    assertThat(load.p95Ratio()).contains(0.636);
  }

  @Test
  void everyPairSlower_isWorse() {
    LoadComparison load = load("open-80pct", runs(100, 120, 110), runs(130, 150, 140));

    assertThat(load.verdict()).isEqualTo(Verdict.WORSE);
    assertThat(load.p95Ratio()).contains(1.273);
  }

  @Test
  void pairsThatDisagree_areInconclusive_evenWithALowerMedian() {
    LoadComparison load = load("open-50pct", runs(100, 120, 110), runs(90, 100, 115));

    assertThat(load.p95PairRatios()).containsExactly(0.9, 0.833, 1.045);
    assertThat(load.p95Ratio()).contains(0.9);
    assertThat(load.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  /**
   * A machine that slows down between pairs: the sides' ranges overlap (before 100–200 ms, after
   * 80–160 ms) although every after run beat the before run it ran next to.
   */
  @Test
  void aDriftingMachine_isJudgedPairByPair_notByTheSidesRanges() {
    LoadComparison load = load("saturation", runs(100, 150, 200), runs(80, 120, 160));

    assertThat(LoadComparison.spread(load.before(), LoadComparison::ttfbP95).orElseThrow()
        .overlaps(LoadComparison.spread(load.after(), LoadComparison::ttfbP95).orElseThrow())).isTrue();
    assertThat(load.p95PairRatios()).containsExactly(0.8, 0.8, 0.8);
    assertThat(load.verdict()).isEqualTo(Verdict.BETTER);
  }

  @Test
  void onePair_isInconclusive_howeverFarApart() {
    assertThat(load("open-50pct", runs(100), runs(10)).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void aPairWithoutTtfb_isLeftOut_theOthersDecide() {
    PhaseResult noTtfb = withoutTtfb();
    LoadComparison load = load("open-50pct", runs(100, 110, 120), List.of(runs(50).get(0), noTtfb, runs(60).get(0)));

    assertThat(load.p95PairRatios()).containsExactly(0.5, 0.5);
    assertThat(load.verdict()).isEqualTo(Verdict.BETTER);
  }

  @Test
  void withoutTtfbOnASide_isInconclusive_withoutRatio() {
    PhaseResult noTtfb = withoutTtfb();
    LoadComparison load = load("open-50pct", runs(100, 110), List.of(noTtfb, noTtfb));

    assertThat(load.p95Ratio()).isEmpty();
    assertThat(load.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  private static PhaseResult withoutTtfb() {
    PhaseResult silent = Phases.byVisitor(Phases.phase(Phases.ms(1, 2, 3, 4), 0, null), null, null, null, null);
    return new PhaseResult(Optional.empty(), Optional.empty(), Optional.empty(), silent.responseMs(),
        100, 0, 30, Optional.empty(), Optional.empty(), 0, 0, silent.byKind(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Map.of());
  }

  @Test
  void representative_isTheMedianRun_theLowerMiddleForAnEvenCount() {
    List<PhaseResult> three = runs(130, 100, 110);
    List<PhaseResult> four = runs(130, 100, 110, 120);

    assertThat(LoadComparison.representative(three).ttfbMs().orElseThrow().p95()).isEqualTo(110);
    assertThat(LoadComparison.representative(four).ttfbMs().orElseThrow().p95()).isEqualTo(110);
  }
}
