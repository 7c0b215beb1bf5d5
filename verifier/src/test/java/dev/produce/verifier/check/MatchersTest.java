package dev.produce.verifier.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.format.verification.OutputExpectation;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchersTest {

  private static OutputMatcher of(String written) {
    return OutputMatchers.of(OutputExpectation.parse(written));
  }

  @Test
  void contains_isCaseSensitiveSubstring() {
    assertThat(of("PONG").matches("+PONG\r\n")).isTrue();
    assertThat(of("PONG").matches("pong")).isFalse();
    assertThat(of("PONG").describe()).isEqualTo("contains \"PONG\"");
  }

  @Test
  void regex_isFoundAnywhere_withLineAnchors() {
    assertThat(of("/^maxmemory 2[0-9]+$/").matches("port 6379\nmaxmemory 25165824\nsave \"\"\n")).isTrue();
    assertThat(of("/^25165824$/").matches("25165824\n")).isTrue();
    assertThat(of("/^5824$/").matches("25165824\n")).isFalse();
    assertThat(of("/a.c/").describe()).isEqualTo("matches /a.c/");
  }

  @Test
  void empty_allowsOnlyWhitespace() {
    assertThat(of("").matches("")).isTrue();
    assertThat(of("").matches(" \n")).isTrue();
    assertThat(of("").matches("warning\n")).isFalse();
  }

  @Test
  void negation_invertsAndSaysSo() {
    assertThat(of("!error").matches("all good")).isTrue();
    assertThat(of("!error").matches("an error")).isFalse();
    assertThat(of("!error").describe()).isEqualTo("does not contain \"error\"");
    assertThat(of("!/^warn/").matches("x\nwarn: y")).isFalse();
    assertThat(of("!/^warn/").describe()).isEqualTo("does not match /^warn/");
    assertThat(of("!").matches("")).isFalse();
    assertThat(of("!").describe()).isEqualTo("is not empty");
  }

  @Test
  void containsMatcher_refusesEmptyText() {
    assertThatThrownBy(() -> new ContainsMatcher("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exitCodes_acceptListedCodesOrAnyWhenNoneListed() {
    ExitCodeMatcher zeroOrOne = new ExitCodeMatcher(List.of(0, 1));
    assertThat(zeroOrOne.matches(1)).isTrue();
    assertThat(zeroOrOne.matches(2)).isFalse();
    assertThat(zeroOrOne.describe()).isEqualTo("exit 0 or 1");
    assertThat(new ExitCodeMatcher(List.of(0, 1, 2)).describe()).isEqualTo("exit 0, 1 or 2");
    assertThat(new ExitCodeMatcher(List.of(0)).describe()).isEqualTo("exit 0");
    ExitCodeMatcher any = new ExitCodeMatcher(List.of());
    assertThat(any.checks()).isFalse();
    assertThat(any.matches(127)).isTrue();
  }
}
