package dev.produce.cli.convert;

import java.time.Duration;

/** {@code --warmup}: the unmeasured run before each phase, 0s to 10m. */
public final class WarmupConverter extends DurationConverter {
  public WarmupConverter() {
    super("--warmup", Duration.ZERO, Duration.ofMinutes(10));
  }
}
