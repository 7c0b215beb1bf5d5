package dev.produce.verifier.container;

import java.time.Duration;
import java.util.Objects;

/**
 * Outcome of one command run in a {@link Target}.
 *
 * <p>A command that ran out of time reports {@link #TIMED_OUT} (124, as
 * coreutils {@code timeout} does) with whatever output it produced until then.
 *
 * @param exitCode the command's exit status
 * @param stdout   standard output, UTF-8 decoded
 * @param stderr   standard error, UTF-8 decoded
 * @param duration wall time from start until the result was collected
 */
public record ExecResult(int exitCode, String stdout, String stderr, Duration duration) {

  /** Exit status of a command stopped by its timeout. */
  public static final int TIMED_OUT = 124;

  public ExecResult {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(duration, "duration");
  }

  /** Whether the command exited with status 0. */
  public boolean succeeded() {
    return exitCode == 0;
  }

  /** Whether the command was stopped by its timeout. */
  public boolean timedOut() {
    return exitCode == TIMED_OUT;
  }
}
