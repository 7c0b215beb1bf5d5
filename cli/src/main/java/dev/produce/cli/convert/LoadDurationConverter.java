package dev.produce.cli.convert;

import java.time.Duration;

/** {@code --duration}: each measured phase, 1s to 1h. */
public final class LoadDurationConverter extends DurationConverter {
  public LoadDurationConverter() {
    super("--duration", Duration.ofSeconds(1), Duration.ofHours(1));
  }
}
