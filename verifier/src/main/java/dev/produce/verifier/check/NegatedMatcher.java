package dev.produce.verifier.check;

import java.util.Objects;

/** The opposite of another matcher ({@code expect_stderr: "!error"}). */
public final class NegatedMatcher implements OutputMatcher {

  private final OutputMatcher negated;

  public NegatedMatcher(OutputMatcher negated) {
    this.negated = Objects.requireNonNull(negated, "negated");
  }

  @Override
  public boolean matches(String output) {
    return !negated.matches(output);
  }

  @Override
  public String describe() {
    String inner = negated.describe();
    if (inner.startsWith("contains ")) {
      return "does not contain " + inner.substring("contains ".length());
    }
    if (inner.startsWith("matches ")) {
      return "does not match " + inner.substring("matches ".length());
    }
    if (inner.startsWith("is ")) {
      return "is not " + inner.substring("is ".length());
    }
    return "not (" + inner + ")";
  }
}
