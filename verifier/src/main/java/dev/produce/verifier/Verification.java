package dev.produce.verifier;

import dev.produce.format.verification.Level;
import dev.produce.format.verification.SpecLoadResult;
import dev.produce.format.verification.SpecLoader;
import dev.produce.format.verification.VerificationSpec;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Secrets;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.report.ConsoleReport;
import dev.produce.verifier.report.JsonReport;
import dev.produce.verifier.report.JunitXmlReport;
import dev.produce.verifier.run.RunOutcome;
import dev.produce.verifier.run.TargetLauncher;
import dev.produce.verifier.run.VerificationRunner;
import dev.produce.verifier.run.VerificationRunnerBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The verifier's one entry point for a command line: load and lint the checks ({@link #load}), run
 * them with the built-in phases on a started target ({@link #run}), and format what came out
 * ({@link Outcome}). Every text it returns has the {@link Options#masks() masks} replaced.
 *
 * <pre>{@code
 * SpecLoadResult loaded = Verification.load(file);          // lint errors: exit 2
 * Verification verification = Verification.of(loaded.orThrow(), options);
 * Verification.Outcome outcome = verification.run(target, offlineTargets, System.out::println);
 * }</pre>
 */
public final class Verification {
  /** Where the bundle is copied to on a target, the working directory of every check. */
  public static final String DEFAULT_BUNDLE_ROOT = VerificationRunner.DEFAULT_BUNDLE_ROOT;

  /**
   * How to run.
   *
   * @param level how deep the checks go
   * @param bundle the bundle directory on this host
   * @param bundleRoot where it is copied to on the target
   * @param masks secrets replaced by {@code ***} in every output
   * @param idempotence whether a second apply must change nothing
   * @param offline whether the apply must work on a target without network (the offline phase)
   */
  public record Options(
      Level level, Path bundle, String bundleRoot, List<String> masks, boolean idempotence, boolean offline) {
    public Options {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(bundle, "bundle");
      Objects.requireNonNull(bundleRoot, "bundleRoot");
      masks = List.copyOf(masks);
    }
  }

  private final VerificationSpec checks;
  private final Options options;
  private final Secrets secrets;
  private final ConsoleReport console;

  private Verification(VerificationSpec checks, Options options) {
    this.checks = Objects.requireNonNull(checks, "checks");
    this.options = options;
    this.secrets = Secrets.of(options.masks());
    this.console = new ConsoleReport(secrets);
  }

  /** Loads and lints {@code file} (see {@link SpecLoader#load(Path)}); nothing runs. */
  public static SpecLoadResult load(Path file) throws IOException {
    return SpecLoader.load(file);
  }

  /** Why {@code file} is too large to load, if it is (see {@link SpecLoader#sizeProblem}). */
  public static Optional<String> sizeProblem(Path file) throws IOException {
    return SpecLoader.sizeProblem(file);
  }

  /** A verification of {@code checks}, run as {@code options} say. */
  public static Verification of(VerificationSpec checks, Options options) {
    return new Verification(checks, options);
  }

  /** {@code text} with the secrets masked. */
  public String mask(String text) {
    return secrets.mask(text);
  }

  /**
   * Applies the bundle on {@code target}, runs the checks and the phases (the offline phase on a
   * target {@code offline} starts, when the options ask for it), and passes one console line per
   * result to {@code lines} as it comes.
   */
  public Outcome run(Target target, TargetLauncher offline, Consumer<String> lines) {
    VerificationRunnerBuilder runner = VerificationRunner.builder(checks)
        .level(options.level())
        .bundle(options.bundle(), options.bundleRoot())
        .apply()
        .secrets(secrets)
        .listener(result -> lines.accept(console.line(result)));
    if (options.idempotence()) {
      runner.idempotence();
    }
    if (options.offline()) {
      runner.offline(offline);
    }
    return new Outcome(runner.build().run(target));
  }

  /** What a run produced, formatted for the console and the report files (masked). */
  public final class Outcome {
    private final RunOutcome run;

    private Outcome(RunOutcome run) {
      this.run = run;
    }

    /** The failures with their evidence and the counts, for the console. */
    public String summary() {
      return console.summary(run.results());
    }

    /** Wall time of each phase that ran, in run order. */
    public Map<Phase, Duration> phaseDurations() {
      return run.phaseDurations();
    }

    /** The results as JUnit XML. */
    public String junitXml() {
      return new JunitXmlReport(secrets).format(run.results());
    }

    /** The results as JSON. */
    public String json() {
      return new JsonReport(secrets).format(run.results());
    }

    /** Full texts kept for the record, by file name (e.g. {@code apply.log}). */
    public Map<String, String> evidence() {
      return run.evidence();
    }

    /** The process exit code: 0 passed, 1 a check or phase failed, 3 environment. */
    public int exitCode() {
      return run.exitCode().code();
    }
  }
}
