package dev.produce.verifier.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TailsTest {

  @Test
  void shortOutput_isKeptWhole_withoutTrailingBlankLines() {
    assertThat(Tails.of("a\nb\n\n")).isEqualTo("a\nb");
    assertThat(Tails.of("  \n")).isEmpty();
  }

  @Test
  void longOutput_keepsTheLastLines_markedAsCut() {
    String text = IntStream.rangeClosed(1, 50).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));

    String tail = Tails.of(text);

    assertThat(tail.lines()).hasSize(Tails.MAX_LINES + 1);
    assertThat(tail).startsWith(Tails.CUT_MARKER + "\nline 31\n").endsWith("line 50");
  }

  @Test
  void oneHugeLine_isCutToMaxChars() {
    String tail = Tails.of("x".repeat(10_000) + "END");

    assertThat(tail).startsWith(Tails.CUT_MARKER + "\n").endsWith("END");
    assertThat(tail.length()).isEqualTo(Tails.CUT_MARKER.length() + 1 + Tails.MAX_CHARS);
  }

  @Test
  void oneLine_escapesAndCuts() {
    assertThat(Tails.oneLine("a\n\"b\"\t", 100)).isEqualTo("\"a\\n\\\"b\\\"\\t\"");
    assertThat(Tails.oneLine("abcdef", 3)).isEqualTo("\"abc…\"");
  }
}
