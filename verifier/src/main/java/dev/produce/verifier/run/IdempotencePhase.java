package dev.produce.verifier.run;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Status;
import dev.produce.verifier.check.Tails;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Applies the bundle a second time and judges it by the state it leaves, not by its log: the
 * hash, mode and owner of every managed path and the PID of every service must be the same
 * before and after. On failure the result shows the difference.
 */
final class IdempotencePhase {

  static final String ITEM =
      "idempotence: a second apply changes no managed file and restarts no service";

  private IdempotencePhase() {}

  static CheckResult run(Target target, RunSettings settings, Map<String, String> evidence) {
    long started = System.nanoTime();
    CheckResult.Builder result = CheckResult.builder(Phase.IDEMPOTENCE, CheckResult.BUILT_IN_SECTION, ITEM)
        .cmd(ApplyPhase.COMMAND);
    try {
      StateSnapshot before = StateSnapshot.capture(target, settings.bundleRoot());
      result.expected("exit 0; unchanged hash, mode and owner of " + before.pathCount()
          + " managed paths and PIDs of " + before.serviceCount() + " services");
      ExecResult second = target.execIn(settings.bundleRoot(), settings.applyTimeout(), ApplyPhase.COMMAND);
      evidence.put("idempotence-apply.log", settings.secrets().mask(ApplyPhase.transcript(second)));
      StateSnapshot after = StateSnapshot.capture(target, settings.bundleRoot());
      List<String> diff = before.diff(after);
      boolean passed = second.succeeded() && diff.isEmpty();
      result.status(passed ? Status.PASSED : Status.FAILED)
          .attempts(1)
          .exitCode(second.exitCode())
          .actual("exit " + second.exitCode() + "; " + (diff.isEmpty() ? "no change"
              : changes(diff) + ":\n" + String.join("\n", diff)))
          .stdoutTail(Tails.of(settings.secrets().mask(second.stdout())))
          .stderrTail(Tails.of(settings.secrets().mask(second.stderr())))
          .message(passed ? "" : message(second, diff));
    } catch (SnapshotFailedException e) {
      result.status(Status.FAILED).message(e.getMessage());
    } catch (TargetException e) {
      result.status(Status.ERROR).message("target failed: " + e.getMessage());
    }
    return settings.secrets().mask(result.duration(Duration.ofNanos(System.nanoTime() - started)).build());
  }

  private static String message(ExecResult second, List<String> diff) {
    String exit = second.succeeded() ? "" : "the second apply failed with exit " + second.exitCode();
    String changed = diff.isEmpty() ? "" : "the second apply changed the state (" + changes(diff) + ")";
    return exit.isEmpty() ? changed : changed.isEmpty() ? exit : exit + "; " + changed;
  }

  /** {@code 1 change} / {@code 3 changes}, counting each path or service once. */
  private static String changes(List<String> diff) {
    long count = diff.stream().map(line -> line.split(" ", 4)).map(words -> words.length > 2 ? words[2] : "")
        .distinct().count();
    return count + (count == 1 ? " change" : " changes");
  }
}
