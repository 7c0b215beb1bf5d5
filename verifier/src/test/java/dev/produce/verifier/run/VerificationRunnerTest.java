package dev.produce.verifier.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Secrets;
import dev.produce.verifier.check.Status;
import dev.produce.format.verification.Level;
import dev.produce.format.verification.SpecLoader;
import dev.produce.format.verification.VerificationSpec;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phases and checks, run for real on {@link LocalTarget} "machines" with a miniature bundle. */
class VerificationRunnerTest {

  private static final VerificationSpec SPEC = SpecLoader.load(FixtureBundle.SPEC, "app.yml").orThrow();

  @TempDir
  Path tmp;

  private Path bundle;
  private String bundleRoot;
  private final List<CheckResult> heard = new ArrayList<>();

  @BeforeEach
  void writeBundle() throws IOException {
    bundle = FixtureBundle.write(tmp.resolve("host/bundle"));
    bundleRoot = tmp.resolve("machine/opt/bundle").toString();
  }

  private VerificationRunnerBuilder fullRun(String... faults) {
    return VerificationRunner.builder(SPEC).bundle(bundle, bundleRoot).apply().idempotence()
        .offline(() -> FixtureBundle.machine(tmp.resolve("offline-machine"), with(faults, FixtureBundle.OFFLINE)))
        .listener(heard::add);
  }

  private LocalTarget machine(String... faults) {
    return FixtureBundle.machine(tmp.resolve("machine"), faults);
  }

  private static String[] with(String[] faults, String extra) {
    List<String> all = new ArrayList<>(List.of(faults));
    all.add(extra);
    return all.toArray(String[]::new);
  }

  private static CheckResult find(RunOutcome outcome, Phase phase, String item) {
    return outcome.results().stream().filter(r -> r.phase() == phase && r.item().equals(item)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + phase + " result " + item + " in " + outcome.results()));
  }

  @Test
  void fullRun_onAGoodBundle_passesEveryPhase() {
    RunOutcome outcome = fullRun().build().run(machine());

    assertThat(outcome.results()).extracting(CheckResult::phase, CheckResult::item, CheckResult::status)
        .containsExactly(
            tuple(Phase.APPLY, VerificationRunner.APPLY_ITEM, Status.PASSED),
            tuple(Phase.CHECKS, "app.conf is installed as the bundle has it", Status.PASSED),
            tuple(Phase.CHECKS, "app.conf is installed as the bundle has it", Status.PASSED),
            tuple(Phase.CHECKS, "app runs", Status.PASSED),
            tuple(Phase.CHECKS, "the site answers in a browser", Status.MANUAL),
            tuple(Phase.IDEMPOTENCE, VerificationRunner.IDEMPOTENCE_ITEM, Status.PASSED),
            tuple(Phase.OFFLINE, VerificationRunner.OFFLINE_ITEM, Status.PASSED),
            tuple(Phase.OFFLINE, "app.conf is installed as the bundle has it", Status.PASSED),
            tuple(Phase.OFFLINE, "app.conf is installed as the bundle has it", Status.PASSED));
    assertThat(outcome.exitCode()).isEqualTo(ExitCode.PASSED);
    assertThat(heard).as("the listener hears every result, in order").isEqualTo(outcome.results());
    assertThat(outcome.phaseDurations()).containsOnlyKeys(Phase.APPLY, Phase.CHECKS, Phase.IDEMPOTENCE, Phase.OFFLINE);
    assertThat(outcome.evidence()).containsOnlyKeys("apply.log", "idempotence-apply.log", "offline-apply.log");
    assertThat(outcome.evidence().get("apply.log")).startsWith("$ ./produce\nproduce: applying to ")
        .contains("produce: installed ").endsWith("[exit 0]\n");
    assertThat(find(outcome, Phase.IDEMPOTENCE, VerificationRunner.IDEMPOTENCE_ITEM).expected())
        .isEqualTo("exit 0; unchanged hash, mode and owner of 2 managed paths and PIDs of 1 services");
    assertThat(Files.exists(tmp.resolve("offline-machine/etc/app.conf"))).as("applied on the offline machine").isTrue();
  }

  @Test
  void failedApply_skipsEverythingAfterIt_withTheReason() {
    RunOutcome outcome = fullRun(FixtureBundle.FAIL_APPLY).build().run(machine(FixtureBundle.FAIL_APPLY));

    CheckResult apply = outcome.results().get(0);
    assertThat(apply.status()).isEqualTo(Status.FAILED);
    assertThat(apply.message()).isEqualTo("the apply failed with exit 1");
    assertThat(apply.stderrTail()).contains("unknown directive \"gzip_foo\"");
    assertThat(outcome.results().subList(1, outcome.results().size()))
        .extracting(CheckResult::status, CheckResult::message)
        .containsExactly(
            tuple(Status.SKIPPED, "not run: the apply did not pass"),
            tuple(Status.SKIPPED, "not run: the apply did not pass"),
            tuple(Status.SKIPPED, "not run: the apply did not pass"),
            tuple(Status.MANUAL, "manual: Open http://localhost/ and see the front page."),
            tuple(Status.SKIPPED, "not run: the apply did not pass"),
            tuple(Status.SKIPPED, "not run: the apply did not pass"));
    assertThat(outcome.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
  }

  @Test
  void secondApplyThatRewritesAFile_failsIdempotence_showingTheDiff() {
    RunOutcome outcome = fullRun().build().run(machine(FixtureBundle.NOT_IDEMPOTENT));

    CheckResult idempotence = find(outcome, Phase.IDEMPOTENCE, VerificationRunner.IDEMPOTENCE_ITEM);
    String conf = tmp.resolve("machine/etc/app.conf").toString();
    assertThat(idempotence.status()).isEqualTo(Status.FAILED);
    assertThat(idempotence.message()).isEqualTo("the second apply changed the state (1 change)");
    assertThat(idempotence.actual()).startsWith("exit 0; 1 change:\n- path " + conf + " sha256=")
        .contains("\n+ path " + conf + " sha256=");
    assertThat(outcome.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
  }

  @Test
  void secondApplyThatRestartsAService_failsIdempotence() {
    RunOutcome outcome = fullRun().build().run(machine(FixtureBundle.RESTARTS));

    CheckResult idempotence = find(outcome, Phase.IDEMPOTENCE, VerificationRunner.IDEMPOTENCE_ITEM);
    assertThat(idempotence.status()).isEqualTo(Status.FAILED);
    assertThat(idempotence.actual()).containsPattern("\n- service app pid=[0-9]+\n\\+ service app pid=[0-9]+$");
  }

  @Test
  void bundleWithoutItsManifest_failsIdempotence_sayingWhy() throws IOException {
    Files.delete(bundle.resolve("scripts/lib/bundle.sh"));
    Files.writeString(bundle.resolve("produce"), "#!/bin/sh\necho ok\n");

    RunOutcome outcome = VerificationRunner.builder(SPEC).bundle(bundle, bundleRoot).apply().idempotence()
        .level(Level.QUICK).build().run(machine());

    CheckResult idempotence = find(outcome, Phase.IDEMPOTENCE, VerificationRunner.IDEMPOTENCE_ITEM);
    assertThat(idempotence.status()).isEqualTo(Status.FAILED);
    assertThat(idempotence.message()).startsWith("the state snapshot failed (exit 3): no scripts/lib/bundle.sh");
  }

  @Test
  void applyThatNeedsTheNetwork_failsOffline_andSkipsItsQuickChecks() {
    RunOutcome outcome = fullRun(FixtureBundle.NEEDS_NETWORK).build().run(machine(FixtureBundle.NEEDS_NETWORK));

    assertThat(outcome.results().get(0).status()).as("online apply").isEqualTo(Status.PASSED);
    assertThat(outcome.results()).filteredOn(r -> r.phase() == Phase.OFFLINE)
        .extracting(CheckResult::status, CheckResult::message)
        .containsExactly(
            tuple(Status.FAILED, "the apply failed with exit 3"),
            tuple(Status.SKIPPED, "not run: the offline apply did not pass"),
            tuple(Status.SKIPPED, "not run: the offline apply did not pass"));
    assertThat(find(outcome, Phase.OFFLINE, VerificationRunner.OFFLINE_ITEM).stderrTail())
        .isEqualTo("produce: cannot reach the Debian mirror");
    assertThat(outcome.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
  }

  @Test
  void offlineTarget_isClosedAfterItsPhase() {
    List<String> closed = new ArrayList<>();
    RunOutcome outcome = VerificationRunner.builder(SPEC).bundle(bundle, bundleRoot).apply()
        .offline(() -> new ClosingTarget(FixtureBundle.machine(tmp.resolve("offline")), closed))
        .build().run(machine());

    assertThat(closed).containsExactly("closed");
    assertThat(outcome.exitCode()).isEqualTo(ExitCode.PASSED);
  }

  @Test
  void offlineTargetThatCannotStart_isAnEnvironmentError() {
    RunOutcome outcome = VerificationRunner.builder(SPEC).bundle(bundle, bundleRoot).apply()
        .offline(() -> {
          throw new TargetException("no Docker engine");
        })
        .build().run(machine());

    assertThat(outcome.results()).filteredOn(r -> r.phase() == Phase.OFFLINE)
        .extracting(CheckResult::status).containsExactly(Status.ERROR, Status.SKIPPED, Status.SKIPPED);
    assertThat(find(outcome, Phase.OFFLINE, VerificationRunner.OFFLINE_ITEM).message())
        .isEqualTo("cannot start a target without network: no Docker engine");
    assertThat(outcome.exitCode()).isEqualTo(ExitCode.ENVIRONMENT);
  }

  @Test
  void quickLevel_listsThoroughCommandsAsSkipped() {
    RunOutcome outcome = VerificationRunner.builder(SPEC).bundle(bundle, bundleRoot).apply().level(Level.QUICK)
        .build().run(machine());

    assertThat(outcome.results()).extracting(CheckResult::status).containsExactly(
        Status.PASSED, Status.PASSED, Status.PASSED, Status.SKIPPED, Status.MANUAL);
    assertThat(outcome.results().get(3).message()).isEqualTo("not run: level thorough (this run: quick)");
    assertThat(outcome.exitCode()).isEqualTo(ExitCode.PASSED);
  }

  @Test
  void checksOnly_onAMachineWhereTheBundleIsAlreadyApplied() {
    fullRun().build().run(machine());

    RunOutcome outcome = VerificationRunner.builder(SPEC).bundleRoot(bundleRoot).build().run(machine());

    assertThat(outcome.results()).extracting(CheckResult::phase).containsOnly(Phase.CHECKS);
    assertThat(outcome.results()).extracting(CheckResult::status)
        .containsExactly(Status.PASSED, Status.PASSED, Status.PASSED, Status.MANUAL);
  }

  @Test
  void failingCheck_failsTheRun_andTheOthersStillRun() throws IOException {
    fullRun().build().run(machine());
    Files.writeString(tmp.resolve("machine/etc/app.conf"), "listen 8080;\n");

    RunOutcome outcome = VerificationRunner.builder(SPEC).bundleRoot(bundleRoot).build().run(machine());

    assertThat(outcome.results()).extracting(CheckResult::status)
        .containsExactly(Status.FAILED, Status.FAILED, Status.PASSED, Status.MANUAL);
    assertThat(outcome.results().get(1).message()).isEqualTo("expected stdout that matches /^listen 80;$/");
    assertThat(outcome.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
  }

  @Test
  void bundleThatCannotBeCopied_isAnEnvironmentError_andNothingElseRuns() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("file"), "not a directory");

    RunOutcome outcome = VerificationRunner.builder(SPEC).bundle(bundle, blocker.resolve("bundle").toString())
        .apply().idempotence().build().run(machine());

    assertThat(outcome.results().get(0).status()).isEqualTo(Status.ERROR);
    assertThat(outcome.results().get(0).message()).startsWith("target failed: cannot copy ");
    assertThat(outcome.results().subList(1, outcome.results().size())).extracting(CheckResult::status).containsExactly(
        Status.SKIPPED, Status.SKIPPED, Status.SKIPPED, Status.MANUAL, Status.SKIPPED);
    assertThat(outcome.results().get(1).message()).isEqualTo("not run: the target failed");
    assertThat(outcome.exitCode()).isEqualTo(ExitCode.ENVIRONMENT);
  }

  @Test
  void secrets_neverReachResultsOrEvidence() {
    String secret = "tok-9f8e7d";
    LocalTarget target = new LocalTarget(Map.of("FIXTURE_ROOT", tmp.resolve("machine").toString(),
        "FIXTURE_TOKEN", secret));

    RunOutcome outcome = fullRun().secrets(Secrets.of(List.of(secret))).build().run(target);

    assertThat(outcome.evidence().get("apply.log")).contains("(token ***)").doesNotContain(secret);
    assertThat(outcome.results()).allSatisfy(r -> assertThat(r.toString()).doesNotContain(secret));
    assertThat(find(outcome, Phase.APPLY, VerificationRunner.APPLY_ITEM).stdoutTail()).contains("(token ***)");
  }

  @Test
  void builder_rejectsPhasesThatCannotRun() {
    assertThatThrownBy(() -> VerificationRunner.builder(SPEC).idempotence().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("enable apply()");
    assertThatThrownBy(() -> VerificationRunner.builder(SPEC).apply().offline(LocalTarget::new).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("give bundle(dir, root)");
  }
}
