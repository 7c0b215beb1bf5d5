package dev.produce.verifier.check;

import dev.produce.format.verification.CommandSpec;
import dev.produce.format.verification.Durations;
import dev.produce.format.verification.Retry;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A command check: runs {@code cmd} with {@code bash -c} in the bundle root, stops an attempt
 * after its {@code timeout}, retries while it fails and {@code retry.within} allows, and judges
 * the last attempt's exit code, stdout and stderr. The result records every attempt's count, so a
 * check that needed retries says so.
 */
public final class CommandCheck implements Check {

  /** Characters of stdout/stderr quoted in {@link CheckResult#actual()}. */
  private static final int ACTUAL_CHARS = 200;

  private final String section;
  private final String item;
  private final CommandSpec command;
  private final ExitCodeMatcher exit;
  private final List<OutputMatcher> stdout;
  private final List<OutputMatcher> stderr;

  public CommandCheck(String section, String item, CommandSpec command) {
    this.section = Objects.requireNonNull(section, "section");
    this.item = Objects.requireNonNull(item, "item");
    this.command = Objects.requireNonNull(command, "command");
    this.exit = new ExitCodeMatcher(command.expectExit());
    this.stdout = command.expectStdout().stream().map(OutputMatchers::of).toList();
    this.stderr = command.expectStderr().stream().map(OutputMatchers::of).toList();
  }

  @Override
  public String section() {
    return section;
  }

  @Override
  public String item() {
    return item;
  }

  /** The declared command. */
  public CommandSpec command() {
    return command;
  }

  @Override
  public CheckResult run(Target target, CheckContext context) {
    long started = System.nanoTime();
    Duration within = command.retry().map(Retry::within).orElse(Duration.ZERO);
    Duration every = command.retry().map(Retry::every).orElse(Duration.ZERO);
    int attempts = 0;
    ExecResult last;
    List<String> mismatches;
    try {
      while (true) {
        attempts++;
        last = target.execIn(context.workDir(), command.timeout(), "bash", "-c", command.cmd());
        mismatches = mismatches(last);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        if (mismatches.isEmpty() || elapsed.plus(every).compareTo(within) > 0) {
          break;
        }
        Thread.sleep(every.toMillis());
      }
    } catch (TargetException e) {
      return error(context, attempts, started, "target failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return error(context, attempts, started, "interrupted while waiting to retry");
    }
    return context.secrets().mask(result(context, last, mismatches, attempts, started));
  }

  private CheckResult result(CheckContext context, ExecResult last, List<String> mismatches,
      int attempts, long started) {
    Secrets secrets = context.secrets();
    String message;
    if (mismatches.isEmpty()) {
      message = attempts > 1 ? "passed after " + attempts + " attempts" : "";
    } else {
      message = String.join("; ", mismatches)
          + command.retry().map(retry -> " (failed after " + attemptsText(attempts)
              + " within " + Durations.format(retry.within()) + ")").orElse("");
    }
    return builder(context)
        .status(mismatches.isEmpty() ? Status.PASSED : Status.FAILED)
        .attempts(attempts)
        .duration(Duration.ofNanos(System.nanoTime() - started))
        .expected(expected())
        .actual(actual(last, secrets))
        .exitCode(last.exitCode())
        .stdoutTail(Tails.of(secrets.mask(last.stdout())))
        .stderrTail(Tails.of(secrets.mask(last.stderr())))
        .message(message)
        .build();
  }

  private static String attemptsText(int attempts) {
    return attempts + (attempts == 1 ? " attempt" : " attempts");
  }

  private CheckResult error(CheckContext context, int attempts, long started, String message) {
    return context.secrets().mask(builder(context)
        .status(Status.ERROR)
        .attempts(attempts)
        .duration(Duration.ofNanos(System.nanoTime() - started))
        .expected(expected())
        .message(message)
        .build());
  }

  @Override
  public CheckResult notRun(Phase phase, String reason) {
    return CheckResult.builder(phase, section, item).level(command.level()).cmd(command.cmd())
        .status(Status.SKIPPED).expected(expected()).message("not run: " + reason).build();
  }

  private CheckResult.Builder builder(CheckContext context) {
    return CheckResult.builder(context.phase(), section, item).level(command.level()).cmd(command.cmd());
  }

  /** Every expectation that {@code result} breaks, in words; empty when all hold. */
  List<String> mismatches(ExecResult result) {
    List<String> mismatches = new ArrayList<>();
    boolean expectsTimeout = command.expectExit().contains(ExecResult.TIMED_OUT);
    if (result.timedOut() && !expectsTimeout) {
      mismatches.add("timed out after " + Durations.format(command.timeout()) + " (exit "
          + ExecResult.TIMED_OUT + ")");
    } else if (!exit.matches(result.exitCode())) {
      mismatches.add("exit " + result.exitCode() + ", expected " + exit.describe());
    }
    for (OutputMatcher matcher : stdout) {
      if (!matcher.matches(result.stdout())) {
        mismatches.add("expected stdout that " + matcher.describe());
      }
    }
    for (OutputMatcher matcher : stderr) {
      if (!matcher.matches(result.stderr())) {
        mismatches.add("expected stderr that " + matcher.describe());
      }
    }
    return mismatches;
  }

  /** {@code exit 0; stdout contains "PONG"; stderr is empty}. */
  String expected() {
    List<String> parts = new ArrayList<>();
    if (exit.checks()) {
      parts.add(exit.describe());
    }
    stdout.forEach(matcher -> parts.add("stdout " + matcher.describe()));
    stderr.forEach(matcher -> parts.add("stderr " + matcher.describe()));
    return String.join("; ", parts);
  }

  private String actual(ExecResult result, Secrets secrets) {
    List<String> parts = new ArrayList<>();
    parts.add("exit " + result.exitCode());
    if (!stdout.isEmpty()) {
      parts.add("stdout " + Tails.oneLine(secrets.mask(result.stdout()), ACTUAL_CHARS));
    }
    if (!stderr.isEmpty()) {
      parts.add("stderr " + Tails.oneLine(secrets.mask(result.stderr()), ACTUAL_CHARS));
    }
    return parts.stream().collect(Collectors.joining("; "));
  }
}
