package dev.produce.format.verification;

import java.time.Duration;
import java.util.Objects;

/**
 * Retry a command until it passes, for at most {@code within}, waiting {@code every} between
 * attempts. The result records how many attempts it took.
 *
 * @param within how long after the first attempt started a new attempt may still start
 * @param every  pause between the end of one attempt and the start of the next
 */
public record Retry(Duration within, Duration every) {

  /** Pause between attempts when {@code every} is not given. */
  public static final Duration DEFAULT_EVERY = Duration.ofSeconds(1);

  public Retry {
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(every, "every");
    if (within.isNegative() || within.isZero() || every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("within and every must be positive: " + within + ", " + every);
    }
    if (every.compareTo(within) > 0) {
      throw new IllegalArgumentException("every (" + every + ") exceeds within (" + within + ")");
    }
  }

  /** {@code {within: 30s, every: 1s}}. */
  @Override
  public String toString() {
    return "{within: " + Durations.format(within) + ", every: " + Durations.format(every) + "}";
  }
}
