package dev.produce.loadtest.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Zipf ranks: within 1..n, the first far more often than the last, the shares as 1/rank. */
class ZipfTest {

  @Test
  void next_drawsRanksWithinRangeWithZipfShares() {
    Zipf zipf = new Zipf(100, 1.0);
    SplittableRandom random = new SplittableRandom(1);
    int[] counts = new int[101];
    for (int i = 0; i < 200_000; i++) {
      int rank = zipf.next(random);
      assertThat(rank).isBetween(1, 100);
      counts[rank]++;
    }
    // P(rank) = (1/rank) / H(100), H(100) = 5.187
    assertThat(counts[1] / 200_000.0).isCloseTo(1 / 5.187, within(0.005));
    assertThat(counts[2] / (double) counts[1]).isCloseTo(0.5, within(0.02));
    assertThat(counts[100]).isPositive();
  }

  @Test
  void topShare_isTheFirstRanksProbability() {
    assertThat(new Zipf(2, 1.0).topShare()).isCloseTo(2.0 / 3.0, within(1e-9));
  }

  @Test
  void probability_isOneOverRankNormalised_andOutOfRangeRanksAreRefused() {
    Zipf zipf = new Zipf(3, 1.0);
    // weights 1, 1/2, 1/3; sum 11/6
    assertThat(zipf.probability(1)).isCloseTo(6.0 / 11.0, within(1e-9));
    assertThat(zipf.probability(3)).isCloseTo(2.0 / 11.0, within(1e-9));
    assertThatThrownBy(() -> zipf.probability(4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..3");
  }
}
