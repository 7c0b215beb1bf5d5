package dev.produce.format.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelTest {

  @Test
  void thoroughRunsQuick_quickDoesNotRunThorough() {
    assertThat(Level.THOROUGH.runs(Level.QUICK)).isTrue();
    assertThat(Level.THOROUGH.runs(Level.THOROUGH)).isTrue();
    assertThat(Level.QUICK.runs(Level.QUICK)).isTrue();
    assertThat(Level.QUICK.runs(Level.THOROUGH)).isFalse();
  }

  @Test
  void parse_acceptsOnlyTheYamlNames() {
    assertThat(Level.parse("quick")).contains(Level.QUICK);
    assertThat(Level.parse("thorough")).contains(Level.THOROUGH);
    assertThat(Level.parse("QUICK")).isEmpty();
    assertThat(Level.names()).isEqualTo("quick, thorough");
  }
}
