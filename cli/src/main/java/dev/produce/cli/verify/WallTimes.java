package dev.produce.cli.verify;

import dev.produce.verifier.check.Phase;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The summary line of where a run's wall time went:
 * {@code wall time 1m12s: target start 0.81s · apply 3.52s · checks 9.10s · idempotence 4.02s · offline 54.30s}.
 * Phases are the runner's own measurements (a phase's wall time includes what its results do
 * not, such as starting the offline container).
 */
public final class WallTimes {

  private WallTimes() {}

  /** The line for a run whose first target took {@code targetStart} to start. */
  public static String line(Duration targetStart, Map<Phase, Duration> phases) {
    Duration total = phases.values().stream().reduce(targetStart, Duration::plus);
    String parts = phases.entrySet().stream()
        .map(entry -> entry.getKey().label() + " " + human(entry.getValue()))
        .collect(Collectors.joining(" · "));
    return "wall time " + human(total) + ": target start " + human(targetStart)
        + (parts.isEmpty() ? "" : " · " + parts);
  }

  /** {@code 0.42s} … {@code 59.99s}, then {@code 1m03s}, as the console report writes durations. */
  public static String human(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%d.%02ds", millis / 1000, (millis % 1000) / 10);
    }
    long seconds = millis / 1000;
    return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
  }
}
