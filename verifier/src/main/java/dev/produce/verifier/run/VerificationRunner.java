package dev.produce.verifier.run;

import dev.produce.verifier.check.Check;
import dev.produce.verifier.check.CheckContext;
import dev.produce.verifier.check.CheckPlan;
import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Secrets;
import dev.produce.verifier.check.Status;
import dev.produce.format.verification.Level;
import dev.produce.format.verification.VerificationSpec;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs a verification against a {@link Target}, in this order, each result reported to the
 * listener as it comes:
 *
 * <ol>
 *   <li>apply (when enabled): copy the bundle in, run {@code ./produce} in the bundle root;
 *   <li>the spec's checks at the run's level, in file order (manual items and commands of a
 *       deeper level are listed, not run);
 *   <li>idempotence (when enabled): a second apply must leave every managed path and service PID
 *       as it was;
 *   <li>offline (when a launcher is given): apply and quick checks on a fresh target without
 *       network.
 * </ol>
 *
 * <p>When the apply does not pass, or the target fails ({@link Status#ERROR}), what follows is
 * listed as skipped with the reason, never dropped.
 *
 * <pre>{@code
 * RunOutcome outcome = VerificationRunner.builder(spec)
 *     .level(Level.THOROUGH)
 *     .bundle(bundleDir, "/opt/produce-bundle").apply().idempotence()
 *     .offline(() -> ContainerTarget.of(Images.target()).offline().start())
 *     .secrets(Secrets.of(masks))
 *     .listener(result -> out.println(console.line(result)))
 *     .build()
 *     .run(target);
 * System.exit(outcome.exitCode().code());
 * }</pre>
 */
public final class VerificationRunner {

  /** Item of the first apply's result. */
  public static final String APPLY_ITEM = "apply: ./produce exits 0 on a fresh target";
  /** Item of the idempotence result. */
  public static final String IDEMPOTENCE_ITEM = IdempotencePhase.ITEM;
  /** Item of the offline apply's result. */
  public static final String OFFLINE_ITEM = OfflinePhase.ITEM;
  /** Where the bundle is put on a target when nothing else is said. */
  public static final String DEFAULT_BUNDLE_ROOT = "/opt/produce-bundle";
  /** How long one apply may take when nothing else is said. */
  public static final Duration DEFAULT_APPLY_TIMEOUT = Duration.ofMinutes(10);

  private final RunSettings settings;

  private VerificationRunner(RunSettings settings) {
    this.settings = settings;
  }

  /** A builder that runs {@code spec}'s checks only, at {@link Level#DEFAULT}, in {@link #DEFAULT_BUNDLE_ROOT}. */
  public static VerificationRunnerBuilder builder(VerificationSpec spec) {
    return new VerificationRunnerBuilder(spec);
  }

  static VerificationRunner of(RunSettings settings) {
    return new VerificationRunner(settings);
  }

  /** Runs everything against {@code target} (which the caller started and closes). */
  public RunOutcome run(Target target) {
    Objects.requireNonNull(target, "target");
    List<CheckResult> results = new ArrayList<>();
    Map<Phase, Duration> durations = new LinkedHashMap<>();
    Map<String, String> evidence = new LinkedHashMap<>();
    RecordingListener record = new RecordingListener(results, settings);
    String skip = null;

    if (settings.apply()) {
      long started = System.nanoTime();
      CheckResult applied = ApplyPhase.run(target, settings, Phase.APPLY, APPLY_ITEM, evidence, "apply.log");
      record.accept(applied);
      durations.put(Phase.APPLY, since(started));
      skip = applied.status() == Status.PASSED ? null
          : applied.status() == Status.ERROR ? "the target failed" : "the apply did not pass";
    } else if (settings.bundle() != null) {
      skip = copyOnly(target, record);
    }

    long checksStarted = System.nanoTime();
    CheckContext context = new CheckContext(settings.bundleRoot(), Phase.CHECKS, settings.secrets());
    for (Check check : CheckPlan.of(settings.spec(), settings.level())) {
      if (skip != null) {
        record.accept(check.notRun(Phase.CHECKS, skip));
        continue;
      }
      CheckResult result = check.run(target, context);
      record.accept(result);
      if (result.status() == Status.ERROR) {
        skip = "the target failed in an earlier check";
      }
    }
    durations.put(Phase.CHECKS, since(checksStarted));

    if (settings.idempotence()) {
      long started = System.nanoTime();
      record.accept(skip == null ? IdempotencePhase.run(target, settings, evidence)
          : notRun(Phase.IDEMPOTENCE, IDEMPOTENCE_ITEM, skip));
      durations.put(Phase.IDEMPOTENCE, since(started));
    }
    if (settings.offline() != null) {
      long started = System.nanoTime();
      if (skip == null) {
        OfflinePhase.run(settings, evidence, record);
      } else {
        record.accept(notRun(Phase.OFFLINE, OFFLINE_ITEM, skip));
      }
      durations.put(Phase.OFFLINE, since(started));
    }
    keepTargetLog(target, evidence);
    return new RunOutcome(results, durations, evidence);
  }

  private String copyOnly(Target target, RecordingListener record) {
    try {
      target.copyIn(settings.bundle(), settings.bundleRoot());
      return null;
    } catch (TargetException e) {
      record.accept(CheckResult.builder(Phase.APPLY, CheckResult.BUILT_IN_SECTION,
              "copy the bundle to " + settings.bundleRoot())
          .status(Status.ERROR).message("target failed: " + e.getMessage()).build());
      return "the target failed";
    }
  }

  private static CheckResult notRun(Phase phase, String item, String reason) {
    return CheckResult.builder(phase, CheckResult.BUILT_IN_SECTION, item).cmd(ApplyPhase.COMMAND)
        .status(Status.SKIPPED).message("not run: " + reason).build();
  }

  private void keepTargetLog(Target target, Map<String, String> evidence) {
    try {
      String logs = target.logs();
      if (logs != null && !logs.isBlank()) {
        evidence.put("target.log", settings.secrets().mask(logs));
      }
    } catch (TargetException e) {
      evidence.put("target.log", "cannot read the target's log: " + settings.secrets().mask(e.getMessage()));
    }
  }

  private static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** Masks each result, keeps it and tells the listener. */
  private static final class RecordingListener implements Consumer<CheckResult> {
    private final List<CheckResult> results;
    private final Secrets secrets;
    private final RunListener listener;

    RecordingListener(List<CheckResult> results, RunSettings settings) {
      this.results = results;
      this.secrets = settings.secrets();
      this.listener = settings.listener();
    }

    @Override
    public void accept(CheckResult result) {
      CheckResult masked = secrets.mask(result);
      results.add(masked);
      listener.onResult(masked);
    }
  }
}
