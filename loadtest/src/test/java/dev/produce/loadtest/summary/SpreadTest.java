package dev.produce.loadtest.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Median and range over repeated runs, and when two ranges cannot be told apart. */
class SpreadTest {

  @Test
  void of_oddCount_isTheMiddleValueAndTheRange() {
    assertThat(Spread.of(List.of(130.0, 100.0, 110.0))).isEqualTo(new Spread(110, 100, 130, 3));
  }

  @Test
  void of_evenCount_isTheMeanOfTheMiddleTwo() {
    assertThat(Spread.of(List.of(4.0, 1.0, 3.0, 10.0)).median()).isEqualTo(3.5);
  }

  @Test
  void of_nothing_isRefused() {
    assertThatThrownBy(() -> Spread.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlaps_sharedValueOrNested_true_apart_false() {
    Spread before = Spread.of(List.of(100.0, 110.0, 120.0));

    assertThat(before.overlaps(Spread.of(List.of(120.0, 130.0)))).isTrue();
    assertThat(before.overlaps(Spread.of(List.of(90.0, 140.0)))).isTrue();
    assertThat(before.overlaps(Spread.of(List.of(60.0, 99.9)))).isFalse();
    assertThat(Spread.of(List.of(60.0, 99.9)).overlaps(before)).isFalse();
    assertThat(before.overlaps(Spread.of(List.of(120.1, 125.0)))).isFalse();
  }
}
