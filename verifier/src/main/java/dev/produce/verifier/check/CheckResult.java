package dev.produce.verifier.check;

import dev.produce.format.verification.Level;
import java.time.Duration;
import java.util.Objects;

/**
 * The flat result of one check, the only thing reports read (every report is a formatter of
 * a list of these). Text fields are never null; absent values are empty strings.
 *
 * @param phase      the step it belongs to
 * @param section    the section of the {@code .verification.yml}, or {@value #BUILT_IN_SECTION}
 *                   for built-in phases
 * @param item       the item's text (the claim), or the built-in phase's title
 * @param level      the level the command is declared under; null for manual items and phases
 * @param cmd        the command run; empty for manual items
 * @param status     the outcome
 * @param attempts   how many times the command ran (more than 1 only with {@code retry})
 * @param duration   wall time of all attempts, pauses included
 * @param expected   what was required, e.g. {@code exit 0; stdout contains "PONG"}
 * @param actual     what was seen, e.g. {@code exit 1; stdout "LOADING"}
 * @param exitCode   the last attempt's exit code; null when nothing ran
 * @param stdoutTail the end of the last attempt's standard output
 * @param stderrTail the end of the last attempt's standard error
 * @param message    why it failed, "passed after N attempts", or why it was not run
 */
public record CheckResult(
    Phase phase,
    String section,
    String item,
    Level level,
    String cmd,
    Status status,
    int attempts,
    Duration duration,
    String expected,
    String actual,
    Integer exitCode,
    String stdoutTail,
    String stderrTail,
    String message) {

  /** Section of the results of built-in phases (apply, idempotence, offline apply). */
  public static final String BUILT_IN_SECTION = "produce-verify";

  public CheckResult {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(cmd, "cmd");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(stdoutTail, "stdoutTail");
    Objects.requireNonNull(stderrTail, "stderrTail");
    Objects.requireNonNull(message, "message");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative: " + attempts);
    }
  }

  /** A builder for a result of {@code item} in {@code section}; every other field starts empty. */
  public static Builder builder(Phase phase, String section, String item) {
    return new Builder(phase, section, item);
  }

  /** Whether the check passed only after retries: reports say so, retries never hide flakiness. */
  public boolean passedAfterRetries() {
    return status == Status.PASSED && attempts > 1;
  }

  /** {@code passed after 3 attempts} / {@code failed after 5 attempts}; empty for one attempt. */
  public String attemptsNote() {
    if (attempts <= 1 || (status != Status.PASSED && status != Status.FAILED)) {
      return "";
    }
    return (status == Status.PASSED ? "passed" : "failed") + " after " + attempts + " attempts";
  }

  /** A builder of {@link CheckResult}s (the record has many fields). */
  public static final class Builder {
    private final Phase phase;
    private final String section;
    private final String item;
    private Level level;
    private String cmd = "";
    private Status status = Status.PASSED;
    private int attempts;
    private Duration duration = Duration.ZERO;
    private String expected = "";
    private String actual = "";
    private Integer exitCode;
    private String stdoutTail = "";
    private String stderrTail = "";
    private String message = "";

    private Builder(Phase phase, String section, String item) {
      this.phase = phase;
      this.section = section;
      this.item = item;
    }

    public Builder level(Level level) {
      this.level = level;
      return this;
    }

    public Builder cmd(String cmd) {
      this.cmd = cmd;
      return this;
    }

    public Builder status(Status status) {
      this.status = status;
      return this;
    }

    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    public Builder duration(Duration duration) {
      this.duration = duration;
      return this;
    }

    public Builder expected(String expected) {
      this.expected = expected;
      return this;
    }

    public Builder actual(String actual) {
      this.actual = actual;
      return this;
    }

    public Builder exitCode(Integer exitCode) {
      this.exitCode = exitCode;
      return this;
    }

    public Builder stdoutTail(String stdoutTail) {
      this.stdoutTail = stdoutTail;
      return this;
    }

    public Builder stderrTail(String stderrTail) {
      this.stderrTail = stderrTail;
      return this;
    }

    public Builder message(String message) {
      this.message = message;
      return this;
    }

    public CheckResult build() {
      return new CheckResult(phase, section, item, level, cmd, status, attempts, duration, expected,
          actual, exitCode, stdoutTail, stderrTail, message);
    }
  }
}
