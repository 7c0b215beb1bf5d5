package dev.produce.format.verification;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as {@code .verification.yml} writes them: a number and a unit, {@code ms},
 * {@code s}, {@code m} or {@code h}, optionally chained ({@code 1m30s}).
 */
public final class Durations {

  /** The whole syntax; the JSON Schema publishes the same pattern. */
  public static final String PATTERN = "^([0-9]{1,9}(ms|s|m|h))+$";

  private static final Pattern WHOLE = Pattern.compile(PATTERN);
  private static final Pattern PART = Pattern.compile("([0-9]{1,9})(ms|s|m|h)");

  private Durations() {}

  /** The duration {@code text} denotes, or empty when it is not of the form above. */
  public static Optional<Duration> parse(String text) {
    if (text == null || !WHOLE.matcher(text).matches()) {
      return Optional.empty();
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(text);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      total = total.plus(switch (part.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      });
    }
    return Optional.of(total);
  }

  /**
   * {@code duration} in the same syntax, shortest form first: {@code 500ms}, {@code 20s},
   * {@code 2m}, {@code 1m30s}, {@code 1h}.
   */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    long millis = duration.toMillis();
    if (millis % 1000 != 0) {
      return millis + "ms";
    }
    long seconds = millis / 1000;
    StringBuilder out = new StringBuilder();
    if (seconds >= 3600) {
      out.append(seconds / 3600).append('h');
      seconds %= 3600;
    }
    if (seconds >= 60) {
      out.append(seconds / 60).append('m');
      seconds %= 60;
    }
    if (seconds > 0) {
      out.append(seconds).append('s');
    }
    return out.toString();
  }
}
