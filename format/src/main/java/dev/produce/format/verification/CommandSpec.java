package dev.produce.format.verification;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code machine.checks.<level>.commands}: a shell command and what its result
 * must look like.
 *
 * @param cmd          the command, run with {@code bash -c} in the bundle root
 * @param level        the level it is declared under
 * @param expectExit   accepted exit codes; empty when the exit code is not checked
 * @param expectStdout expectations on standard output, all of which must hold
 * @param expectStderr expectations on standard error, all of which must hold
 * @param timeout      how long one attempt may run ({@link #DEFAULT_TIMEOUT} when not given)
 * @param retry        how to retry a failing command, if at all
 * @param path         YAML path of the command, e.g. {@code produce[0].machine.checks.quick.commands[1]}
 * @param line         line of the command in its file (1-based)
 */
public record CommandSpec(
    String cmd,
    Level level,
    List<Integer> expectExit,
    List<OutputExpectation> expectStdout,
    List<OutputExpectation> expectStderr,
    Duration timeout,
    Optional<Retry> retry,
    String path,
    int line) {

  /** Time one attempt of a command may take when the file gives no {@code timeout}. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  public CommandSpec {
    Objects.requireNonNull(cmd, "cmd");
    Objects.requireNonNull(level, "level");
    expectExit = List.copyOf(expectExit);
    expectStdout = List.copyOf(expectStdout);
    expectStderr = List.copyOf(expectStderr);
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(path, "path");
    if (cmd.isBlank()) {
      throw new IllegalArgumentException("empty cmd at " + path);
    }
    if (expectExit.isEmpty() && expectStdout.isEmpty() && expectStderr.isEmpty()) {
      throw new IllegalArgumentException("nothing to assert at " + path);
    }
  }
}
