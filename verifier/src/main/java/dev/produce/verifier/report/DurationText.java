package dev.produce.verifier.report;

import java.time.Duration;
import java.util.Locale;

/** Durations for people ({@code 0.42s}, {@code 1m03s}) and for JUnit ({@code 0.420}). */
final class DurationText {

  private DurationText() {}

  /** {@code 0.00s} … {@code 59.99s}, then {@code 1m03s}. */
  static String human(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%d.%02ds", millis / 1000, (millis % 1000) / 10);
    }
    long seconds = millis / 1000;
    return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
  }

  /** Seconds with three decimals, as JUnit XML's {@code time} attribute has them. */
  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000);
  }
}
