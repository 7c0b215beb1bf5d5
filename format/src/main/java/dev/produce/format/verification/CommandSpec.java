package dev.produce.format.verification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code machine.checks.<level>.commands}: a shell command and what its result
 * must look like.
 *
 * <p>Generators build commands with {@link #succeeds}, {@link #prints}, {@link #retried} and
 * {@link #timeout(String)}; {@link Item#quick} and {@link Item#thorough} set their level, and
 * {@link VerificationYamlValues} writes them.
 *
 * @param cmd          the command, run with {@code bash -c} in the bundle root
 * @param level        the level it is declared under
 * @param expectExit   accepted exit codes; empty when the exit code is not checked
 * @param expectStdout expectations on standard output, all of which must hold
 * @param expectStderr expectations on standard error, all of which must hold
 * @param timeout      how long one attempt may run ({@link #DEFAULT_TIMEOUT} when not given)
 * @param retry        how to retry a failing command, if at all
 * @param path         YAML path of the command, e.g. {@code produce[0].machine.checks.quick.commands[1]};
 *                     empty for a command built in code to be written
 * @param line         line of the command in its file (1-based); 0 for a command built in code
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

  /** A command that must exit 0, declared at {@link Level#QUICK} until an item places it. */
  public static CommandSpec succeeds(String cmd) {
    return new CommandSpec(cmd, Level.QUICK, List.of(0), List.of(), List.of(), DEFAULT_TIMEOUT, Optional.empty(), "", 0);
  }

  /** A command that must exit 0 and print each of {@code expected} (written entries: {@code PONG}, {@code /re/}, {@code !x}). */
  public static CommandSpec prints(String cmd, String... expected) {
    return new CommandSpec(cmd, Level.QUICK, List.of(0), Arrays.stream(expected).map(OutputExpectation::parse).toList(),
        List.of(), DEFAULT_TIMEOUT, Optional.empty(), "", 0);
  }

  /** This command, retried for {@code within} every {@code every} (e.g. {@code 30s}, {@code 1s}) until it passes. */
  public CommandSpec retried(String within, String every) {
    return new CommandSpec(cmd, level, expectExit, expectStdout, expectStderr, timeout,
        Optional.of(new Retry(duration(within), duration(every))), path, line);
  }

  /** This command, each attempt limited to {@code limit} (e.g. {@code 10s}). */
  public CommandSpec timeout(String limit) {
    return new CommandSpec(cmd, level, expectExit, expectStdout, expectStderr, duration(limit), retry, path, line);
  }

  /** This command, declared under {@code declared}. */
  public CommandSpec at(Level declared) {
    return new CommandSpec(cmd, declared, expectExit, expectStdout, expectStderr, timeout, retry, path, line);
  }

  private static Duration duration(String text) {
    return Durations.parse(text).orElseThrow(() -> new IllegalArgumentException("not a duration: " + text));
  }
}
