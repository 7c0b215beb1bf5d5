package dev.produce.cli;

import dev.produce.cli.convert.LevelConverter;
import dev.produce.cli.verify.OpenTargets;
import dev.produce.cli.verify.ReportFiles;
import dev.produce.cli.verify.TargetFactory;
import dev.produce.cli.verify.WallTimes;
import dev.produce.format.BundleLayout;
import dev.produce.format.verification.Level;
import dev.produce.format.verification.LintError;
import dev.produce.format.verification.SpecLoadResult;
import dev.produce.format.verification.VerificationSpec;
import dev.produce.model.InvalidInputException;
import dev.produce.verifier.Verification;
import dev.produce.verifier.container.BundleSuite;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code produce-verify}: lints the bundle's {@code .verification.yml} (or {@code --spec FILE})
 * before anything starts, then applies the bundle in a fresh target container and runs the checks
 * and the built-in phases ({@link Verification}), printing one line per check as it runs,
 * a summary with the wall time of each phase, and the JUnit/JSON reports asked for. Every container
 * it starts is removed at the end, also on Ctrl-C ({@link OpenTargets}).
 */
@Command(
    name = "produce-verify",
    mixinStandardHelpOptions = true,
    versionProvider = ProduceVersionProvider.class,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Proves a bundle: lints its .verification.yml (nothing starts when it has errors), applies the bundle"
          + " with ./produce in a fresh target container of the bundle's Debian release (its profile.json:"
          + " Debian 13 or 12) booted with systemd as PID 1, runs the checks with the bundle root as"
          + " working directory, then the built-in phases: a second apply must change nothing (idempotence)"
          + " and the apply must work on a container without network (offline).",
      "Prints one line per check as it runs, then the failures with their evidence and the wall time of"
          + " each phase. Needs a Docker engine (bin/test starts one); the target image is built on first use.",
      ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every check and phase passed (manual and skipped ones do not count)",
      "1:a check or phase failed",
      "2:invalid input or usage, or lint errors in the .verification.yml; nothing was started",
      "3:environment: no Docker engine, an image that cannot be built, a target that failed"},
    footerHeading = "%nExamples:%n",
    footer = {
      "  produce-verify bundle/",
      "  produce-verify bundle/ --level quick --no-offline",
      "  produce-verify bundle/ --junit target/verify.xml --json target/verify.json",
      "  produce-verify bundle/ --spec .verification.yml --mask \"$DB_PASSWORD\""})
public final class VerifyCommand implements Callable<Integer> {
  /** Where the bundle is copied to on a target, the working directory of every check. */
  static final String BUNDLE_ROOT = Verification.DEFAULT_BUNDLE_ROOT;
  static final String SPEC_NAME = BundleLayout.VERIFICATION_YML;
  /** The most lint errors printed; the count line still says how many there are. */
  static final int MAX_ERRORS_SHOWN = 50;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BUNDLE",
      description = "Bundle directory, as produce-compile -o DIR wrote it.")
  Path bundle;

  @Option(names = "--level", paramLabel = "quick|thorough", defaultValue = "thorough",
      converter = LevelConverter.class,
      description = "quick: static checks and each daemon's own config test; thorough: also what the running"
          + " daemons report. Default: ${DEFAULT-VALUE}.")
  Level level;

  @Option(names = "--spec", paramLabel = "FILE",
      description = "Checks to run instead of BUNDLE/.verification.yml, e.g. the project's own .verification.yml"
          + " (at most 1 MiB, lines of at most 16 KiB).")
  Path specFile;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE.")
  Path junit;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
  Path json;

  @Option(names = "--mask", paramLabel = "VALUE",
      description = "A secret that must not appear in any output, report or evidence (replaced by ***);"
          + " repeatable.")
  List<String> masks = new ArrayList<>();

  @Option(names = "--no-offline", description = "Skip the offline phase (apply on a container without network).")
  boolean noOffline;

  @Option(names = "--no-systemd", description = "Run the targets without systemd: plain containers in which the"
      + " apply starts the daemons itself, as in containers and WSL.")
  boolean noSystemd;

  @Option(names = "--no-idempotence", description = "Skip the idempotence phase (a second apply changes nothing).")
  boolean noIdempotence;

  @Option(names = "--keep-evidence", paramLabel = "DIR",
      description = "Write the full apply logs and the target's log to DIR (apply.log, idempotence-apply.log,"
          + " offline-apply.log, target.log).")
  Path evidenceDir;

  @Option(names = "--stacktrace", description = "Print the full stack trace of an error (for bug reports).")
  boolean stacktrace;

  /** Starts the targets: {@link TargetFactory#CONTAINERS} means those that fit the bundle; tests substitute their own. */
  TargetFactory targets = TargetFactory.CONTAINERS;
  /** The bundle's directory on a target; tests running on this host substitute a temporary one. */
  String bundleRoot = BUNDLE_ROOT;

  @Override
  public Integer call() {
    ErrorReporter errors = new ErrorReporter(spec.commandLine(), stacktrace);
    PrintWriter err = spec.commandLine().getErr();
    try {
      Path file = specPath();
      SpecLoadResult loaded = Verification.load(file);
      if (!loaded.isValid()) {
        loaded.errors().stream().limit(MAX_ERRORS_SHOWN).map(LintError::toString).forEach(err::println);
        if (loaded.errors().size() > MAX_ERRORS_SHOWN) {
          err.println("… " + (loaded.errors().size() - MAX_ERRORS_SHOWN) + " more errors not shown");
        }
        err.println(ErrorReporter.line(spec.commandLine(), loaded.errors().size()
            + (loaded.errors().size() == 1 ? " error" : " errors") + " in " + file + "; nothing was started"));
        err.flush();
        return ExitCodes.USAGE;
      }
      checkOutputs();
      if (targets == TargetFactory.CONTAINERS) {
        targets = TargetFactory.containersFor(bundle, BundleSuite.of(bundle, "BUNDLE"), !noSystemd);
      }
      return verify(loaded.orThrow(), spec.commandLine().getOut(), errors);
    } catch (InvalidInputException e) {
      return errors.usage(e.getMessage(), e);
    } catch (TargetException e) {
      return errors.environment(e.getMessage(), e);
    } catch (IOException e) {
      return errors.environment("cannot read the checks: " + ErrorReporter.describe(e), e);
    } catch (RuntimeException e) {
      return errors.unexpected(e);
    }
  }

  private int verify(VerificationSpec checks, PrintWriter out, ErrorReporter errors) {
    Verification verification = Verification.of(checks,
        new Verification.Options(level, bundle, bundleRoot, masks, !noIdempotence, !noOffline));
    out.println(verification.mask("produce-verify: " + bundle + " · " + checks.source() + " · level " + level.yamlName()
        + " · phases: apply, checks" + (noIdempotence ? "" : ", idempotence") + (noOffline ? "" : ", offline")));
    out.flush();
    Verification.Outcome outcome;
    Duration targetStart;
    try (OpenTargets open = OpenTargets.withShutdownHook(spec.commandLine().getErr())) {
      long started = System.nanoTime();
      Target target = open.start(targets, false);
      targetStart = Duration.ofNanos(System.nanoTime() - started);
      out.println("target: " + target + " started in " + WallTimes.human(targetStart));
      out.flush();
      outcome = verification.run(target, () -> open.start(targets, true), line -> {
        if (!open.stopping()) {
          out.println(line);
          out.flush();
        }
      });
      if (open.stopping()) {
        return ExitCodes.ENVIRONMENT;
      }
    }
    out.print(outcome.summary());
    out.println(WallTimes.line(targetStart, outcome.phaseDurations()));
    out.flush();
    return writeReports(outcome, out, errors);
  }

  private int writeReports(Verification.Outcome outcome, PrintWriter out, ErrorReporter errors) {
    Path current = null;
    try {
      if (junit != null) {
        current = junit;
        ReportFiles.write(junit, outcome.junitXml());
        out.println("JUnit XML: " + junit);
      }
      if (json != null) {
        current = json;
        ReportFiles.write(json, outcome.json());
        out.println("JSON: " + json);
      }
      if (evidenceDir != null) {
        current = evidenceDir;
        out.println("evidence: " + ReportFiles.writeEvidence(evidenceDir, outcome.evidence()).stream()
            .map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("none"));
      }
    } catch (IOException e) {
      return errors.environment("cannot write " + current + ": " + ErrorReporter.describe(e), e);
    }
    out.flush();
    return outcome.exitCode();
  }

  /**
   * The checks' file: {@code --spec FILE}, else the bundle's own; refused before anything starts, also
   * when it is larger than 1 MiB (only its size is read).
   */
  private Path specPath() throws IOException {
    if (!Files.isDirectory(bundle)) {
      throw new InvalidInputException("BUNDLE", Files.exists(bundle) ? bundle + " is not a directory"
          : "no such directory: " + bundle + " (write one with produce-compile -o " + bundle + ")");
    }
    if (!Files.isRegularFile(bundle.resolve(BundleLayout.ENTRY_POINT))) {
      throw new InvalidInputException("BUNDLE", bundle + " is not a bundle: it has no ./produce"
          + " (write one with produce-compile -o DIR)");
    }
    if (specFile != null) {
      if (Files.isDirectory(specFile)) {
        throw new InvalidInputException("--spec", specFile + " is a directory, expected a " + SPEC_NAME + " file");
      }
      if (!Files.isRegularFile(specFile)) {
        throw new InvalidInputException("--spec", "no such file: " + specFile);
      }
      return notTooLarge("--spec", specFile);
    }
    Path own = bundle.resolve(SPEC_NAME);
    if (!Files.isRegularFile(own)) {
      throw new InvalidInputException("BUNDLE", bundle + " has no " + SPEC_NAME + "; name the checks with --spec FILE");
    }
    return notTooLarge("BUNDLE", own);
  }

  private static Path notTooLarge(String option, Path file) throws IOException {
    Optional<String> problem = Verification.sizeProblem(file);
    if (problem.isPresent()) {
      throw new InvalidInputException(option, file + " " + problem.get());
    }
    return file;
  }

  /** Report and evidence destinations that cannot be written are refused before anything starts. */
  private void checkOutputs() {
    refuse("--junit", junit == null ? null : ReportFiles.problem(junit));
    refuse("--json", json == null ? null : ReportFiles.problem(json));
    refuse("--keep-evidence", evidenceDir == null ? null : ReportFiles.directoryProblem(evidenceDir));
  }

  private static void refuse(String option, String problem) {
    if (problem != null) {
      throw new InvalidInputException(option, problem);
    }
  }
}
