package dev.produce.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The machine's CPU used by other work during a phase: host busy time minus the load test's and the site's. */
class BackgroundCpuTest {

  @Test
  void percent_subtractsTheLoadTestAndTheSiteFromTheHostsBusyTime() {
    var start = Optional.of(new BackgroundCpu.Reading(1_000, 10_000, 100, 200));
    // 2,000 ns of CPU elapsed; 1,500 busy, of which the JVM used 400 and the site 800: 300 other.
    var end = Optional.of(new BackgroundCpu.Reading(2_500, 12_000, 500, 1_000));

    assertThat(BackgroundCpu.percent(start, end)).contains(15.0);
  }

  @Test
  void percent_neverNegative_emptyWithoutReadings() {
    var start = Optional.of(new BackgroundCpu.Reading(0, 0, 0, 0));
    var end = Optional.of(new BackgroundCpu.Reading(100, 1_000, 80, 90));

    assertThat(BackgroundCpu.percent(start, end)).contains(0.0);
    assertThat(BackgroundCpu.percent(Optional.empty(), end)).isEmpty();
  }

  @Test
  void read_onLinux_givesAHostReading() {
    assertThat(BackgroundCpu.read(List.of())).hasValueSatisfying(reading -> {
      assertThat(reading.hostTotal()).isGreaterThanOrEqualTo(reading.hostBusy()).isPositive();
      assertThat(reading.site()).isZero();
    });
  }
}
