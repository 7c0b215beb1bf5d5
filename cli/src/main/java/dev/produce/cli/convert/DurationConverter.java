package dev.produce.cli.convert;

import dev.produce.model.Excerpt;
import dev.produce.model.InvalidInputException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * Converts a length of time within a range: {@code 30s}, {@code 2m}, {@code 1m30s}, {@code 1h}, or a
 * bare number of seconds ({@code 45}). Messages name the option and the range, e.g.
 * {@code --duration: must be between 1s and 1h, was 2h}.
 */
public abstract class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern FORM = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,9})s?)?");

  private final String option;
  private final Duration min;
  private final Duration max;

  protected DurationConverter(String option, Duration min, Duration max) {
    this.option = option;
    this.min = min;
    this.max = max;
  }

  @Override
  public Duration convert(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    Matcher m = FORM.matcher(value);
    if (value.isEmpty() || !m.matches()) {
      throw new InvalidInputException(option, "must be a duration like 30s, 2m or 1m30s between " + format(min)
          + " and " + format(max) + ", was '" + Excerpt.of(text) + "'");
    }
    Duration duration = Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2)))
        .plusSeconds(number(m.group(3)));
    if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
      throw new InvalidInputException(option, "must be between " + format(min) + " and " + format(max) + ", was "
          + Excerpt.of(value));
    }
    return duration;
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  /** {@code 1h}, {@code 10m}, {@code 90s}, {@code 0s}. */
  static String format(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds > 0 && seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds > 0 && seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }
}
