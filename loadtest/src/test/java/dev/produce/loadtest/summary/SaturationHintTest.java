package dev.produce.loadtest.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SaturationHintTest {
  private static final PhaseResult BEFORE = Phases.phase(Phases.ms(158, 420, 586, 900), 0, null);

  private static Summary after(double p50, double p95) {
    return Summary.of(Phases.run(), Optional.of(BEFORE), Phases.phase(Phases.ms(p50, p95, p95 + 100, 2000), 0, 0.07),
        Optional.empty());
  }

  @Test
  void medianDownAndP95Up_isThePatternOfSaturation() {
    Summary saturated = after(73, 816);

    assertThat(SaturationHint.of(saturated)).hasValueSatisfying(hint -> assertThat(hint)
        .startsWith("The median TTFB fell while the p95 rose").contains("fewer --users (16 now)"));
    assertThat(SummaryMarkdown.format(saturated)).contains("pattern of a saturated server");
  }

  @Test
  void bothDown_orP95UpByLessThanATenth_orMedianUp_givesNoHint() {
    assertThat(SaturationHint.of(after(73, 300))).isEmpty();
    assertThat(SaturationHint.of(after(73, 460))).as("+9.5 %: noise").isEmpty();
    assertThat(SaturationHint.of(after(170, 816))).as("median up too").isEmpty();
    assertThat(SummaryMarkdown.format(after(73, 300))).doesNotContain("saturated");
  }

  @Test
  void withoutBefore_givesNoHint() {
    assertThat(SaturationHint.of(Summary.of(Phases.run(), Optional.empty(), BEFORE, Optional.empty()))).isEmpty();
  }

  @Test
  void repeatedRuns_lookAtTheSaturationLoadsMedians() {
    // runs(p95) have p50 = p95 / 4: both medians rose (p50 25 -> 32.5 ms, p95 100 -> 130 ms): no hint
    LoadComparison saturation = new LoadComparison("saturation", "saturation (16 users, closed)", false,
        "16 users (closed)", LoadComparisonTest.runs(100, 90, 110), LoadComparisonTest.runs(130, 120, 140));
    Summary summary = Summary.compare(Phases.run(), dev.produce.loadtest.workload.Capacity.given(5),
        List.of(saturation), Optional.empty());

    assertThat(SaturationHint.of(summary)).isEmpty();

    // p50 25 -> 20 ms while p95 100 -> 130 ms: the pattern
    PhaseResult slowTail = Phases.phase(Phases.ms(20, 130, 200, 300), 0, null);
    Summary saturated = Summary.compare(Phases.run(), dev.produce.loadtest.workload.Capacity.given(5),
        List.of(new LoadComparison("saturation", "saturation (16 users, closed)", false, "16 users (closed)",
            LoadComparisonTest.runs(100, 90, 110), List.of(slowTail, slowTail))), Optional.empty());
    assertThat(SaturationHint.of(saturated)).get().asString()
        .startsWith("At saturation (16 users, closed) the median TTFB fell while the p95 rose");
  }
}
