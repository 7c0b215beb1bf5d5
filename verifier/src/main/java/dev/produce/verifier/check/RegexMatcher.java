package dev.produce.verifier.check;

import dev.produce.format.verification.OutputExpectation;
import java.util.regex.Pattern;

/**
 * A regular expression is found somewhere in the output ({@code expect_stdout: /^PONG$/}).
 * {@code ^} and {@code $} match at line boundaries, like grep.
 */
public final class RegexMatcher implements OutputMatcher {

  private final Pattern pattern;

  public RegexMatcher(String regex) {
    this.pattern = Pattern.compile(regex, OutputExpectation.REGEX_FLAGS);
  }

  @Override
  public boolean matches(String output) {
    return pattern.matcher(output).find();
  }

  @Override
  public String describe() {
    return "matches /" + pattern.pattern() + "/";
  }
}
