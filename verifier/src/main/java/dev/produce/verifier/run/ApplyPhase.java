package dev.produce.verifier.run;

import dev.produce.format.BundleLayout;
import dev.produce.format.verification.Durations;
import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Status;
import dev.produce.verifier.check.Tails;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import java.time.Duration;
import java.util.Map;

/** Copies the bundle in (when asked) and runs {@code ./produce} in its root; passes on exit 0. */
final class ApplyPhase {

  /** The bundle's entry point, run in the bundle root. */
  static final String COMMAND = "./" + BundleLayout.ENTRY_POINT;

  private ApplyPhase() {}

  /**
   * Applies the bundle on {@code target} and returns the result titled {@code item}; the full
   * output goes to {@code evidence} under {@code evidenceName}.
   */
  static CheckResult run(Target target, RunSettings settings, Phase phase, String item,
      Map<String, String> evidence, String evidenceName) {
    long started = System.nanoTime();
    CheckResult.Builder result = CheckResult.builder(phase, CheckResult.BUILT_IN_SECTION, item)
        .cmd(COMMAND).expected("exit 0");
    try {
      if (settings.bundle() != null) {
        target.copyIn(settings.bundle(), settings.bundleRoot());
      }
      ExecResult applied = target.execIn(settings.bundleRoot(), settings.applyTimeout(), COMMAND);
      evidence.put(evidenceName, settings.secrets().mask(transcript(applied)));
      result.status(applied.succeeded() ? Status.PASSED : Status.FAILED)
          .attempts(1)
          .actual("exit " + applied.exitCode())
          .exitCode(applied.exitCode())
          .stdoutTail(Tails.of(settings.secrets().mask(applied.stdout())))
          .stderrTail(Tails.of(settings.secrets().mask(applied.stderr())))
          .message(failure(applied, settings.applyTimeout()));
    } catch (TargetException e) {
      result.status(Status.ERROR).message("target failed: " + e.getMessage());
    }
    return settings.secrets().mask(result.duration(Duration.ofNanos(System.nanoTime() - started)).build());
  }

  private static String failure(ExecResult applied, Duration timeout) {
    if (applied.succeeded()) {
      return "";
    }
    if (applied.timedOut()) {
      return "the apply timed out after " + Durations.format(timeout);
    }
    return "the apply failed with exit " + applied.exitCode();
  }

  /** The whole run as a log: command, stdout, stderr, exit code. */
  static String transcript(ExecResult result) {
    StringBuilder log = new StringBuilder("$ ").append(COMMAND).append('\n').append(result.stdout());
    if (!result.stdout().isEmpty() && !result.stdout().endsWith("\n")) {
      log.append('\n');
    }
    if (!result.stderr().isEmpty()) {
      log.append("[stderr]\n").append(result.stderr());
      if (!result.stderr().endsWith("\n")) {
        log.append('\n');
      }
    }
    return log.append("[exit ").append(result.exitCode()).append("]\n").toString();
  }
}
