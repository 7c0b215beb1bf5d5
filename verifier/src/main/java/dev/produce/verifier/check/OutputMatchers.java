package dev.produce.verifier.check;

import dev.produce.format.verification.OutputExpectation;

/** The matcher of a declared {@link OutputExpectation}. */
public final class OutputMatchers {

  private OutputMatchers() {}

  public static OutputMatcher of(OutputExpectation expectation) {
    OutputMatcher matcher = switch (expectation.kind()) {
      case CONTAINS -> new ContainsMatcher(expectation.text());
      case REGEX -> new RegexMatcher(expectation.text());
      case EMPTY -> new EmptyMatcher();
    };
    return expectation.negated() ? new NegatedMatcher(matcher) : matcher;
  }
}
