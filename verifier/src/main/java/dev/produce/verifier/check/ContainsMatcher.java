package dev.produce.verifier.check;

import java.util.Objects;

/** The output contains a text, case-sensitively ({@code expect_stdout: PONG}). */
public final class ContainsMatcher implements OutputMatcher {

  private final String text;

  public ContainsMatcher(String text) {
    this.text = Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("an empty text is contained in everything: use EmptyMatcher");
    }
  }

  @Override
  public boolean matches(String output) {
    return output.contains(text);
  }

  @Override
  public String describe() {
    return "contains " + Tails.oneLine(text, Integer.MAX_VALUE);
  }
}
