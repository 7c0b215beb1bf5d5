package dev.produce.format.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @Test
  void parse_acceptsEachUnitAndChains() {
    assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
    assertThat(Durations.parse("20s")).contains(Duration.ofSeconds(20));
    assertThat(Durations.parse("2m")).contains(Duration.ofMinutes(2));
    assertThat(Durations.parse("1h")).contains(Duration.ofHours(1));
    assertThat(Durations.parse("1m30s")).contains(Duration.ofSeconds(90));
    assertThat(Durations.parse("0s")).contains(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "20", "s", "1.5s", "-1s", "20 s", "20sec", "1d", "20S", "1234567890s"})
  void parse_rejectsAnythingElse(String text) {
    assertThat(Durations.parse(text)).isEmpty();
  }

  @Test
  void format_isTheShortestFormThatParsesBack() {
    for (String text : new String[] {"500ms", "20s", "2m", "1m30s", "1h", "1h1m1s", "1500ms", "0s"}) {
      assertThat(Durations.format(Durations.parse(text).orElseThrow())).isEqualTo(text);
    }
    assertThat(Durations.format(Duration.ofSeconds(120))).isEqualTo("2m");
  }
}
