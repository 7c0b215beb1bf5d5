package dev.produce.verifier.report;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Status;
import dev.produce.verifier.run.ExitCode;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of a run's results.
 *
 * @param total         all results
 * @param passed        passed, including those that needed retries
 * @param passedRetried passed only after more than one attempt
 * @param failed        failed
 * @param errors        could not run (the target failed)
 * @param manual        left to a human
 * @param skipped       not run
 * @param duration      sum of the results' durations
 * @param byPhase       sum of durations per phase, in run order
 * @param exitCode      the run's exit code
 */
public record Summary(
    int total, int passed, int passedRetried, int failed, int errors, int manual, int skipped,
    Duration duration, Map<Phase, Duration> byPhase, ExitCode exitCode) {

  public Summary {
    byPhase = Collections.unmodifiableMap(new LinkedHashMap<>(byPhase));
  }

  public static Summary of(List<CheckResult> results) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    Map<Phase, Duration> byPhase = new EnumMap<>(Phase.class);
    Duration duration = Duration.ZERO;
    int retried = 0;
    for (CheckResult result : results) {
      counts.merge(result.status(), 1, Integer::sum);
      byPhase.merge(result.phase(), result.duration(), Duration::plus);
      duration = duration.plus(result.duration());
      retried += result.passedAfterRetries() ? 1 : 0;
    }
    return new Summary(results.size(), counts.getOrDefault(Status.PASSED, 0), retried,
        counts.getOrDefault(Status.FAILED, 0), counts.getOrDefault(Status.ERROR, 0),
        counts.getOrDefault(Status.MANUAL, 0), counts.getOrDefault(Status.SKIPPED, 0), duration,
        byPhase, ExitCode.of(results));
  }
}
