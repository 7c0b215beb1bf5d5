package dev.produce.loadtest;

import dev.produce.loadtest.summary.CachesAtStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.model.InvalidInputException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The load test's inputs: a bundle or a target URL, bounded users and times, a gate only with two phases. */
class LoadTestSettingsTest {
  private static final Optional<Path> BUNDLE = Optional.of(Path.of("bundle"));
  private static final Optional<URI> URL = Optional.of(URI.create("http://127.0.0.1:8080/"));

  private static LoadTestSettings settings(Optional<Path> bundle, Optional<URI> url, int users, Duration duration,
      Duration warmup, Optional<Double> gate) {
    return new LoadTestSettings(bundle, url, Path.of("report"), false, users, duration, warmup, gate,
        LoadTestSettings.DEFAULT_PAIRS, LoadTestSettings.DEFAULT_RATE_PCTS, Optional.empty(), Optional.empty(), false, false, CachesAtStart.FILLED);
  }

  private static LoadTestSettings repeated(int pairs, List<Integer> rates) {
    return new LoadTestSettings(BUNDLE, Optional.empty(), Path.of("report"), false, 16, Duration.ofSeconds(30),
        Duration.ZERO, Optional.empty(), pairs, rates, Optional.empty(), Optional.empty(), false, false, CachesAtStart.FILLED);
  }

  @Test
  void capacityOutOfBounds_namesCapacity() {
    assertThatThrownBy(() -> new LoadTestSettings(BUNDLE, Optional.empty(), Path.of("report"), false, 16,
        Duration.ofSeconds(30), Duration.ZERO, Optional.empty(), 3, List.of(50), Optional.empty(), Optional.of(0.0), false, false, CachesAtStart.FILLED))
        .hasMessage("--capacity: must be visits per second between 0.1 and 10000, was 0.0");
  }

  @Test
  void pairsAndRatesWithinBounds_areAccepted() {
    assertThatCode(() -> repeated(1, List.of(1, 50, 100))).doesNotThrowAnyException();
    assertThatCode(() -> repeated(LoadTestSettings.MAX_PAIRS, List.of(80))).doesNotThrowAnyException();
  }

  @Test
  void pairsOutOfBounds_namesPairs() {
    assertThatThrownBy(() -> repeated(0, List.of(50))).hasMessage("--pairs: must be between 1 and 10, was 0");
    assertThatThrownBy(() -> repeated(11, List.of(50))).hasMessageStartingWith("--pairs: ");
  }

  @Test
  void ratesOutOfRangeUnorderedOrRepeated_nameRates() {
    for (List<Integer> rates : List.of(List.of(0, 50), List.of(50, 101), List.of(80, 50), List.of(50, 50))) {
      assertThatThrownBy(() -> repeated(3, rates)).as("%s", rates)
          .hasMessageStartingWith("--rates: must be percentages of capacity between 1 and 100, ascending");
    }
  }

  @Test
  void bundleWithinBounds_isAccepted() {
    assertThatCode(() -> settings(BUNDLE, Optional.empty(), 256, Duration.ofHours(1), Duration.ZERO, Optional.of(100.0)))
        .doesNotThrowAnyException();
  }

  @Test
  void neitherBundleNorUrl_namesBundle() {
    assertThatThrownBy(() -> settings(Optional.empty(), Optional.empty(), 16, Duration.ofSeconds(30), Duration.ZERO,
        Optional.empty())).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("BUNDLE: missing");
  }

  @Test
  void bothBundleAndUrl_isRefused() {
    assertThatThrownBy(() -> settings(BUNDLE, URL, 16, Duration.ofSeconds(30), Duration.ZERO, Optional.empty()))
        .hasMessageStartingWith("BUNDLE: give a bundle or --target-url, not both");
  }

  @Test
  void twinsWithTargetUrl_isRefused_twinsWithABundleAccepted() {
    assertThatThrownBy(() -> new LoadTestSettings(Optional.empty(), URL, Path.of("report"), false, 16,
        Duration.ofSeconds(30), Duration.ZERO, Optional.empty(), 3, List.of(50), Optional.empty(), Optional.empty(), true, false, CachesAtStart.FILLED))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--twins: needs a BUNDLE");
    assertThat(new LoadTestSettings(BUNDLE, Optional.empty(), Path.of("report"), false, 16, Duration.ofSeconds(30),
        Duration.ZERO, Optional.empty(), 3, List.of(50), Optional.empty(), Optional.empty(), true, false, CachesAtStart.FILLED).twins()).isTrue();
  }

  private static LoadTestSettings control(boolean twins, Optional<Double> gate) {
    return new LoadTestSettings(BUNDLE, Optional.empty(), Path.of("report"), false, 4, Duration.ofSeconds(30),
        Duration.ZERO, gate, 2, List.of(50), Optional.empty(), Optional.empty(), twins, true, CachesAtStart.FILLED);
  }

  @Test
  void cachesEmptied_withABundle_isAccepted_withTargetUrl_isRefused() {
    assertThat(new LoadTestSettings(BUNDLE, Optional.empty(), Path.of("report"), false, 4, Duration.ofSeconds(5),
        Duration.ZERO, Optional.empty(), 1, List.of(50), Optional.empty(), Optional.empty(), true, true,
        CachesAtStart.EMPTIED).cachesAtStart()).isEqualTo(CachesAtStart.EMPTIED);
    assertThatThrownBy(() -> new LoadTestSettings(Optional.empty(), URL, Path.of("report"), false, 16,
        Duration.ofSeconds(30), Duration.ZERO, Optional.empty(), 1, List.of(50), Optional.empty(), Optional.empty(),
        false, false, CachesAtStart.EMPTIED)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--caches: needs a BUNDLE");
  }

  @Test
  void cachesValues_parseCaseInsensitively_othersNameTheOptionAndTheValues() {
    assertThat(CachesAtStart.parse("Emptied")).isEqualTo(CachesAtStart.EMPTIED);
    assertThat(CachesAtStart.parse("filled")).isEqualTo(CachesAtStart.FILLED);
    assertThatThrownBy(() -> CachesAtStart.parse("warm")).isInstanceOf(InvalidInputException.class)
        .hasMessage("--caches: must be one of filled|emptied, was 'warm'");
  }

  @Test
  void controlWithoutTwins_isRefused() {
    assertThatThrownBy(() -> control(false, Optional.empty())).isInstanceOf(InvalidInputException.class)
        .hasMessage("--control: needs --twins: the control compares two stock twin sites loaded at the same time");
  }

  @Test
  void controlWithAReductionGate_isRefused() {
    assertThatThrownBy(() -> control(true, Optional.of(20.0)))
        .hasMessageStartingWith("--gate-ttfb-reduction: cannot be asked of a --control run");
  }

  @Test
  void controlOnTwins_isAccepted() {
    assertThat(control(true, Optional.empty()).control()).isTrue();
  }

  @Test
  void gateWithTargetUrl_isRefused() {
    assertThatThrownBy(() -> settings(Optional.empty(), URL, 16, Duration.ofSeconds(30), Duration.ZERO,
        Optional.of(20.0))).hasMessageStartingWith("--gate-ttfb-reduction: needs a before and an after phase");
  }

  @Test
  void outOfBounds_namesTheOption() {
    assertThatThrownBy(() -> settings(BUNDLE, Optional.empty(), 257, Duration.ofSeconds(30), Duration.ZERO,
        Optional.empty())).hasMessage("--users: must be between 1 and 256, was 257");
    assertThatThrownBy(() -> settings(BUNDLE, Optional.empty(), 16, Duration.ofHours(2), Duration.ZERO,
        Optional.empty())).hasMessage("--duration: must be between 1s and 1h, was 7200s");
    assertThatThrownBy(() -> settings(BUNDLE, Optional.empty(), 16, Duration.ofSeconds(30), Duration.ofMinutes(11),
        Optional.empty())).hasMessage("--warmup: must be between 0s and 10m, was 660s");
    assertThatThrownBy(() -> settings(BUNDLE, Optional.empty(), 16, Duration.ofSeconds(30), Duration.ZERO,
        Optional.of(101.0))).hasMessageStartingWith("--gate-ttfb-reduction: must be a percentage between 0 and 100");
  }
}
