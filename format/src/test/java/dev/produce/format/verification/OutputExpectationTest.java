package dev.produce.format.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.format.verification.OutputExpectation.Kind;
import org.junit.jupiter.api.Test;

class OutputExpectationTest {

  @Test
  void plainText_isContains() {
    OutputExpectation parsed = OutputExpectation.parse("PONG");

    assertThat(parsed.kind()).isEqualTo(Kind.CONTAINS);
    assertThat(parsed.negated()).isFalse();
    assertThat(parsed.text()).isEqualTo("PONG");
  }

  @Test
  void slashes_areRegex_andBangNegates() {
    assertThat(OutputExpectation.parse("/^a$/")).extracting(OutputExpectation::kind, OutputExpectation::negated,
        OutputExpectation::text).containsExactly(Kind.REGEX, false, "^a$");
    assertThat(OutputExpectation.parse("!/^a$/")).extracting(OutputExpectation::kind, OutputExpectation::negated)
        .containsExactly(Kind.REGEX, true);
    assertThat(OutputExpectation.parse("!error")).extracting(OutputExpectation::kind, OutputExpectation::negated,
        OutputExpectation::text).containsExactly(Kind.CONTAINS, true, "error");
  }

  @Test
  void emptyAndBang_areEmptyAndNotEmpty() {
    assertThat(OutputExpectation.parse("").describe()).isEqualTo("is empty");
    assertThat(OutputExpectation.parse("!").describe()).isEqualTo("is not empty");
  }

  @Test
  void loneSlash_isText() {
    assertThat(OutputExpectation.parse("/").kind()).isEqualTo(Kind.CONTAINS);
  }

  @Test
  void badRegex_isRejectedWithTheReason() {
    assertThatThrownBy(() -> OutputExpectation.parse("/a(/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bad regular expression /a(/: Unclosed group");
  }

  @Test
  void describe_quotesText() {
    assertThat(OutputExpectation.parse("say \"hi\"").describe()).isEqualTo("contains \"say \\\"hi\\\"\"");
    assertThat(OutputExpectation.parse("!/x/").describe()).isEqualTo("does not match /x/");
  }
}
