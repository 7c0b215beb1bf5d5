package dev.produce.verifier.check;

/** Judges a command's standard output or error against one expectation. */
public interface OutputMatcher {

  /** Whether {@code output} satisfies the expectation. */
  boolean matches(String output);

  /** The expectation in words, e.g. {@code contains "PONG"}, {@code is empty}. */
  String describe();
}
