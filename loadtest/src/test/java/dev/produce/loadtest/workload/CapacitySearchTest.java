package dev.produce.loadtest.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The capacity search's ramp and stop rule, and the open rates derived from its result. */
class CapacitySearchTest {
  private static CapacityStep step(int users, double anonymous, double authenticated) {
    return new CapacityStep(users, anonymous, authenticated, 0);
  }

  @Test
  void nextUsers_doublesWhileThroughputGrowsByATenthOrMore() {
    assertThat(CapacitySearch.nextUsers(List.of())).contains(5);
    assertThat(CapacitySearch.nextUsers(List.of(step(5, 4, 1)))).contains(10);
    assertThat(CapacitySearch.nextUsers(List.of(step(5, 4, 1), step(10, 8, 2)))).contains(20);
    // 11.0 visits/s is exactly 10 % above 10.0: still a gain
    assertThat(CapacitySearch.nextUsers(List.of(step(5, 4, 1), step(10, 8, 2), step(20, 9, 2)))).contains(40);
  }

  @Test
  void nextUsers_stopsWhenAStepAddsLessThanATenth() {
    assertThat(CapacitySearch.nextUsers(List.of(step(1, 4, 1), step(2, 8, 2), step(4, 8.9, 2)))).isEmpty();
    // a step below an earlier best also ends it
    assertThat(CapacitySearch.nextUsers(List.of(step(1, 4, 1), step(2, 8, 2), step(4, 6, 1)))).isEmpty();
  }

  @Test
  void nextUsers_stopsOnErrorsAndAtTheUserCeiling() {
    assertThat(CapacitySearch.nextUsers(List.of(step(1, 4, 1), new CapacityStep(2, 9, 2, 1.5)))).isEmpty();
    assertThat(CapacitySearch.nextUsers(List.of(step(40, 4, 1)))).isEmpty();
  }

  @Test
  void result_isTheBestStepWithoutErrors() {
    Capacity capacity = CapacitySearch.result(List.of(step(1, 4, 1), step(2, 8, 2), new CapacityStep(4, 20, 5, 3.0),
        step(8, 7, 2)));

    assertThat(capacity.best().users()).isEqualTo(2);
    assertThat(capacity.visitsPerSec()).isEqualTo(10.0);
    assertThat(capacity.steps()).hasSize(4);
  }

  @Test
  void atCeiling_onlyWhenTheLastStepWasTheBestAndTheRampHadNoRoomLeft() {
    assertThat(CapacitySearch.result(List.of(step(5, 4, 1), step(10, 8, 2), step(20, 12, 3), step(40, 16, 4)))
        .atCeiling()).isTrue();
    assertThat(CapacitySearch.result(List.of(step(5, 4, 1), step(10, 8, 2), step(20, 8, 2))).atCeiling()).isFalse();
    assertThat(CapacitySearch.result(List.of(step(20, 12, 3), step(40, 12, 3))).atCeiling()).isFalse();
  }

  @Test
  void result_withoutAnErrorFreeVisit_fails() {
    assertThatThrownBy(() -> CapacitySearch.result(List.of(new CapacityStep(1, 3, 1, 50))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void openAt_offersThatShareOfEachKindOfVisit() {
    Capacity capacity = CapacitySearch.result(List.of(step(4, 12.5, 3.1)));

    assertThat(capacity.openAt(50)).isEqualTo(new Workload.Open(6.25, 1.55));
    assertThat(capacity.openAt(80)).isEqualTo(new Workload.Open(10.0, 2.48));
    assertThat(capacity.openAt(80).visitsPerSec()).isEqualTo(12.48);
    assertThat(capacity.openAt(100)).isEqualTo(new Workload.Open(12.5, 3.1));
    assertThatThrownBy(() -> capacity.openAt(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void given_offersAFifthOfItsVisitsLoggedIn_andIsNoCeiling() {
    Capacity given = Capacity.given(10);

    assertThat(given.isGiven()).isTrue();
    assertThat(given.atCeiling()).isFalse();
    assertThat(given.openAt(50)).isEqualTo(new Workload.Open(4.0, 1.0));
  }

  @Test
  void loadPoints_areTheOpenRatesThenSaturation() {
    List<LoadPoint> loads = LoadPoint.of(CapacitySearch.result(List.of(step(4, 10, 2))), List.of(50, 80), 16);

    assertThat(loads).extracting(LoadPoint::key).containsExactly("open-50pct", "open-80pct", "saturation");
    assertThat(loads).extracting(LoadPoint::label)
        .containsExactly("50 % of capacity", "80 % of capacity", "saturation (16 users, closed)");
    assertThat(loads.get(1).workload()).isEqualTo(new Workload.Open(8.0, 1.6));
    assertThat(loads.get(1).workload().describe()).isEqualTo("9.60 visits/s (open)");
    assertThat(loads.get(2).workload()).isEqualTo(new Workload.Closed(16));
  }
}
