package dev.produce.loadtest.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** Percentiles from HdrHistogram histograms of microseconds, in milliseconds. */
class PercentilesTest {

  @Test
  void ofMicros_oneToThousandMilliseconds_givesTheUniformPercentiles() {
    Histogram micros = new Histogram(3);
    for (int ms = 1; ms <= 1000; ms++) {
      micros.recordValue(ms * 1000L);
    }

    Percentiles p = Percentiles.ofMicros(micros).orElseThrow();

    // HdrHistogram keeps 3 significant digits: values are exact to 0.1 %.
    assertThat(p.p50()).isCloseTo(500, within(0.5));
    assertThat(p.p95()).isCloseTo(950, within(1.0));
    assertThat(p.p99()).isCloseTo(990, within(1.0));
    assertThat(p.max()).isCloseTo(1000, within(1.0));
  }

  @Test
  void ofMicros_skewedSamples_p95SeesTheSlowTail() {
    Histogram micros = new Histogram(3);
    micros.recordValueWithCount(5_000, 940);
    micros.recordValueWithCount(150_000, 60);

    Percentiles p = Percentiles.ofMicros(micros).orElseThrow();

    assertThat(p.p50()).isCloseTo(5.0, within(0.01));
    assertThat(p.p95()).isCloseTo(150.0, within(0.1));
  }

  @Test
  void ofMicros_subMillisecondValues_keepTwoDecimals() {
    Histogram micros = new Histogram(3);
    micros.recordValue(420);

    assertThat(Percentiles.ofMicros(micros).orElseThrow().p50()).isEqualTo(0.42);
  }

  @Test
  void ofMicros_emptyHistogram_isEmpty() {
    assertThat(Percentiles.ofMicros(new Histogram(3))).isEmpty();
  }

  @Test
  void constructor_descendingValues_isRejected() {
    assertThatThrownBy(() -> new Percentiles(10, 5, 20, 30)).isInstanceOf(IllegalArgumentException.class);
  }
}
