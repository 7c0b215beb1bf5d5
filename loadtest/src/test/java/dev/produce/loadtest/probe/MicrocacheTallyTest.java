package dev.produce.loadtest.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HITs count whatever their case; responses without the header count as answered, not as hits. */
class MicrocacheTallyTest {

  @Test
  void plus_countsAnsweredHeaderAndHits() {
    MicrocacheTally tally = MicrocacheTally.NONE.plus(Optional.of("MISS")).plus(Optional.of(" hit "))
        .plus(Optional.of("HIT")).plus(Optional.of("BYPASS")).plus(Optional.empty());

    assertThat(tally).isEqualTo(new MicrocacheTally(5, 4, 2));
    assertThat(tally.hitRate(true)).contains(0.4);
  }

  @Test
  void hitRate_withoutMicrocacheOrResponses_isEmpty() {
    assertThat(MicrocacheTally.NONE.plus(Optional.empty()).hitRate(false)).isEmpty();
    assertThat(MicrocacheTally.NONE.hitRate(true)).isEmpty();
    // logged-in pages never carrying the header while anonymous ones do: none of them cached
    assertThat(MicrocacheTally.NONE.plus(Optional.empty()).hitRate(true)).contains(0.0);
  }

  @Test
  void new_moreHitsThanAnswers_isRejected() {
    assertThatThrownBy(() -> new MicrocacheTally(1, 1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
