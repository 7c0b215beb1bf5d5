package dev.produce.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an error message quotes of a value: short, one line, with the value's length when cut. */
class ExcerptTest {

  @Test
  void aShortValue_isQuotedWhole() {
    assertThat(Excerpt.of("/var/www/drupal")).isEqualTo("/var/www/drupal");
  }

  @Test
  void aLongValue_isCutAfter80Characters_andSaysHowLongItWas() {
    assertThat(Excerpt.of("x".repeat(5000))).isEqualTo("x".repeat(80) + "… (5000 characters)");
  }

  @Test
  void controlCharacters_areEscaped_soTheMessageStaysOneLine() {
    assertThat(Excerpt.of("a\nb\tc\u001b[31m")).isEqualTo("a\\nb\\tc\\u001b[31m");
  }

  @Test
  void aSurrogatePair_isNeverSplit() {
    String text = "x".repeat(79) + "😀" + "y".repeat(10);

    assertThat(Excerpt.of(text)).isEqualTo("x".repeat(79) + "… (" + text.length() + " characters)");
  }
}
