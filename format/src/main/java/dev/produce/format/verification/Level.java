package dev.produce.format.verification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How deep a verification goes. Levels nest: {@link #THOROUGH} runs the commands of
 * {@link #QUICK} too.
 */
public enum Level {
  /** Static checks and each daemon's own configuration test. */
  QUICK,
  /** Quick, plus everything that needs the running daemons. */
  THOROUGH;

  /** The level {@code produce-verify} runs when none is given. */
  public static final Level DEFAULT = THOROUGH;

  /** The name used in YAML and on the command line: {@code quick}, {@code thorough}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a run at this level runs the commands declared under {@code declared}. */
  public boolean runs(Level declared) {
    return compareTo(declared) >= 0;
  }

  /** The level named {@code name} ({@code quick} or {@code thorough}), if any. */
  public static Optional<Level> parse(String name) {
    return Arrays.stream(values()).filter(level -> level.yamlName().equals(name)).findFirst();
  }

  /** The accepted names, for messages: {@code quick, thorough}. */
  public static String names() {
    return Arrays.stream(values()).map(Level::yamlName).collect(Collectors.joining(", "));
  }
}
