package dev.produce.generators.apply;

import java.time.Duration;
import java.time.Instant;

/** Wall time of the container suite, printed after each class (the last line is the total). */
final class SuiteClock {
  private static final Instant SUITE_STARTED = Instant.now();

  private SuiteClock() {}

  /**
   * The start of a test class. The first call also starts the suite's clock: it loads this class,
   * which sets {@link #SUITE_STARTED}.
   */
  static Instant classStarted() {
    return Instant.now();
  }

  /** Prints how long {@code testClass} took since {@code classStarted} and the suite so far. */
  static void report(Class<?> testClass, Instant classStarted) {
    Instant now = Instant.now();
    System.out.printf("[apply-it] %s took %d s; container suite so far %d s%n", testClass.getSimpleName(),
        Duration.between(classStarted, now).toSeconds(), Duration.between(SUITE_STARTED, now).toSeconds());
  }
}
