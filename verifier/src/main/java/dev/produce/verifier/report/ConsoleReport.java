package dev.produce.verifier.report;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Secrets;
import dev.produce.verifier.check.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The report people read: {@link #line} prints one line per check while the run goes on
 * ({@code ✓}/{@code ✗}, duration, attempts), {@link #summary} the failures with their evidence
 * (command, expected vs actual, stdout/stderr tails) and the counts.
 *
 * <pre>
 * ✓ redis › Redis answers on loopback › redis-cli -p 6379 ping  (2.31s, passed after 3 attempts)
 * ✗ nginx › nginx accepts its configuration › nginx -t  (0.05s)
 * </pre>
 */
public final class ConsoleReport implements ReportFormatter {

  private final Secrets secrets;

  public ConsoleReport(Secrets secrets) {
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /** The line of one result, without a line break. */
  public String line(CheckResult result) {
    CheckResult masked = secrets.mask(result);
    String title = ResultText.symbol(masked.status()) + " " + ResultText.suite(masked) + " › " + masked.item();
    return ResultText.printable(switch (masked.status()) {
      case MANUAL -> title + "  (" + masked.message() + ")";
      case SKIPPED -> title + commandPart(masked) + "  (" + masked.message() + ")";
      default -> title + commandPart(masked) + "  (" + ResultText.timing(masked) + ")";
    });
  }

  private static String commandPart(CheckResult result) {
    return result.cmd().isEmpty() || result.section().equals(CheckResult.BUILT_IN_SECTION) ? ""
        : " › " + ResultText.command(result.cmd());
  }

  /** Failures with their evidence, then the counts and the verdict; ends with a line break. */
  public String summary(List<CheckResult> results) {
    List<CheckResult> masked = results.stream().map(secrets::mask).toList();
    List<CheckResult> failures = masked.stream()
        .filter(result -> result.status() == Status.FAILED || result.status() == Status.ERROR).toList();
    StringBuilder out = new StringBuilder();
    if (!failures.isEmpty()) {
      out.append('\n').append("Failures (").append(failures.size()).append("):\n");
      int number = 1;
      for (CheckResult failure : failures) {
        out.append('\n').append(number++).append(") ").append(ResultText.symbol(failure.status())).append(' ')
            .append(ResultText.suite(failure)).append(" › ").append(failure.item())
            .append(failure.status() == Status.ERROR ? "  [error: the target failed]" : "").append('\n')
            .append(ResultText.evidence(failure, "   "));
      }
    }
    Summary summary = Summary.of(masked);
    out.append('\n').append(counts(summary)).append('\n');
    out.append("phases: ").append(phases(summary.byPhase())).append('\n');
    out.append(verdict(summary)).append('\n');
    return ResultText.printable(out.toString());
  }

  /** Every line, then the summary: the whole console output of a run. */
  @Override
  public String format(List<CheckResult> results) {
    return results.stream().map(this::line).collect(Collectors.joining("\n", "", "\n")) + summary(results);
  }

  private static String counts(Summary summary) {
    return summary.total() + " checks: " + summary.passed() + " passed"
        + (summary.passedRetried() > 0 ? " (" + summary.passedRetried() + " after retries)" : "")
        + ", " + summary.failed() + " failed, " + summary.errors() + (summary.errors() == 1 ? " error" : " errors")
        + ", " + summary.manual() + " manual, " + summary.skipped() + " skipped"
        + " in " + DurationText.human(summary.duration());
  }

  private static String phases(Map<Phase, Duration> byPhase) {
    return byPhase.entrySet().stream()
        .map(entry -> entry.getKey().label() + " " + DurationText.human(entry.getValue()))
        .collect(Collectors.joining(" · "));
  }

  private static String verdict(Summary summary) {
    return switch (summary.exitCode()) {
      case PASSED -> "PASSED";
      case CHECKS_FAILED -> "FAILED (exit 1): " + summary.failed() + (summary.failed() == 1 ? " check" : " checks")
          + " failed";
      case ENVIRONMENT -> "ERROR (exit 3): the target failed; results after it were not run";
      case INVALID -> "INVALID (exit 2)";
    };
  }
}
