package dev.produce.verifier.run;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Status;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a run produced.
 *
 * @param results        every result in run order (masked)
 * @param phaseDurations wall time of each phase that ran, in run order
 * @param evidence       full texts kept for the record (masked), by name: {@code apply.log},
 *                       {@code idempotence-apply.log}, {@code offline-apply.log}, {@code target.log}
 */
public record RunOutcome(
    List<CheckResult> results, Map<Phase, Duration> phaseDurations, Map<String, String> evidence) {

  public RunOutcome {
    results = List.copyOf(results);
    phaseDurations = Collections.unmodifiableMap(new LinkedHashMap<>(phaseDurations));
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }

  /** The exit code of the run (see {@link ExitCode#of}). */
  public ExitCode exitCode() {
    return ExitCode.of(results);
  }

  /** How many results have {@code status}. */
  public long count(Status status) {
    Objects.requireNonNull(status, "status");
    return results.stream().filter(result -> result.status() == status).count();
  }

  /** Wall time of all phases together. */
  public Duration duration() {
    return phaseDurations.values().stream().reduce(Duration.ZERO, Duration::plus);
  }
}
