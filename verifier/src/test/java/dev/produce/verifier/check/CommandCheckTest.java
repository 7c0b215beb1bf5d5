package dev.produce.verifier.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.verifier.run.LocalTarget;
import dev.produce.format.verification.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command checks run for real with bash on this host, in a temporary "bundle root". */
class CommandCheckTest {

  @TempDir
  Path root;

  private final LocalTarget target = new LocalTarget();

  private CheckResult run(String commandYaml) {
    return run(commandYaml, Secrets.NONE);
  }

  private CheckResult run(String commandYaml, Secrets secrets) {
    CommandCheck check = new CommandCheck("sec", "claim", TestSpecs.command(commandYaml));
    return check.run(target, new CheckContext(root.toString(), Phase.CHECKS, secrets));
  }

  @Test
  void passingCommand_recordsEverything() {
    CheckResult result = run("cmd: echo PONG\nexpect_exit: 0\nexpect_stdout: PONG");

    assertThat(result.status()).isEqualTo(Status.PASSED);
    assertThat(result.section()).isEqualTo("sec");
    assertThat(result.item()).isEqualTo("claim");
    assertThat(result.level()).isEqualTo(Level.QUICK);
    assertThat(result.cmd()).isEqualTo("echo PONG");
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.exitCode()).isZero();
    assertThat(result.expected()).isEqualTo("exit 0; stdout contains \"PONG\"");
    assertThat(result.actual()).isEqualTo("exit 0; stdout \"PONG\\n\"");
    assertThat(result.stdoutTail()).isEqualTo("PONG");
    assertThat(result.message()).isEmpty();
  }

  @Test
  void runsWithBashInTheBundleRoot() throws IOException {
    Files.writeString(root.resolve("produce.sh"), "setup_memcache\n");

    CheckResult result = run("cmd: grep -q 'setup_redis\\|setup_memcache' produce.sh && [[ $PWD == \"" + root
        + "\" ]]\nexpect_exit: 0");

    assertThat(result.status()).as(result.toString()).isEqualTo(Status.PASSED);
  }

  @Test
  void wrongExitCode_failsWithEvidence() {
    CheckResult result = run("cmd: echo boom >&2; exit 3\nexpect_exit: [0, 1]");

    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.message()).isEqualTo("exit 3, expected exit 0 or 1");
    assertThat(result.actual()).isEqualTo("exit 3");
    assertThat(result.stderrTail()).isEqualTo("boom");
  }

  @Test
  void outputMismatch_namesEachBrokenExpectation() {
    CheckResult result = run("cmd: echo LOADING; echo warn >&2\nexpect_exit: 0\n"
        + "expect_stdout: [PONG, \"!LOAD\", /^LOADING$/]\nexpect_stderr: \"\"");

    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.message()).isEqualTo("expected stdout that contains \"PONG\"; "
        + "expected stdout that does not contain \"LOAD\"; expected stderr that is empty");
    assertThat(result.actual()).isEqualTo("exit 0; stdout \"LOADING\\n\"; stderr \"warn\\n\"");
  }

  @Test
  void exitCodeUnchecked_whenOnlyOutputIsExpected() {
    assertThat(run("cmd: echo ok; exit 7\nexpect_stdout: ok").status()).isEqualTo(Status.PASSED);
  }

  @Test
  void timeout_stopsTheCommand_andFails() {
    long started = System.nanoTime();

    CheckResult result = run("cmd: sleep 20; echo never\nexpect_exit: 0\ntimeout: 300ms");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.exitCode()).isEqualTo(124);
    assertThat(result.message()).isEqualTo("timed out after 300ms (exit 124)");
    assertThat(result.stdoutTail()).doesNotContain("never");
  }

  @Test
  void retry_passesAfterAttempts_andSaysSo() {
    CheckResult result = run("cmd: n=$(( $(cat count 2>/dev/null || echo 0) + 1 )); echo $n > count; echo try $n;"
        + " [ $n -ge 3 ]\nexpect_exit: 0\nretry: {within: 20s, every: 50ms}");

    assertThat(result.status()).isEqualTo(Status.PASSED);
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(result.passedAfterRetries()).isTrue();
    assertThat(result.message()).isEqualTo("passed after 3 attempts");
    assertThat(result.attemptsNote()).isEqualTo("passed after 3 attempts");
    assertThat(result.stdoutTail()).as("evidence of the last attempt").isEqualTo("try 3");
  }

  @Test
  void retry_givesUpAfterWithin_andCountsAttempts() {
    CheckResult result = run("cmd: echo $RANDOM >> tries; exit 1\nexpect_exit: 0\nretry: {within: 400ms, every: 100ms}");

    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.attempts()).isBetween(2, 5);
    assertThat(result.message()).isEqualTo("exit 1, expected exit 0 (failed after " + result.attempts()
        + " attempts within 400ms)");
    assertThat(result.attemptsNote()).isEqualTo("failed after " + result.attempts() + " attempts");
  }

  @Test
  void withoutRetry_aFailingCommandRunsOnce() throws IOException {
    CheckResult result = run("cmd: echo x >> tries; exit 1\nexpect_exit: 0");

    assertThat(result.attempts()).isEqualTo(1);
    assertThat(Files.readAllLines(root.resolve("tries"))).hasSize(1);
  }

  @Test
  void secrets_areMaskedInCommandOutputAndTails_evenWhenCutMidSecret() {
    String secret = "s3cr3t-token";
    String printMany = "for i in $(seq 1 40); do echo \"line $i " + secret + "\"; done; echo " + secret + " >&2";

    CheckResult result = run("cmd: " + printMany + "\nexpect_exit: 0\nexpect_stdout: nothing-like-this\n"
        + "expect_stderr: \"\"", Secrets.of(List.of(secret)));

    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.toString()).doesNotContain(secret).doesNotContain("s3cr3t").contains("***");
    assertThat(result.cmd()).contains("***");
  }

  @Test
  void secrets_areMaskedBeforeTheTailIsCut() {
    String secret = "s3cr3t-token";

    CheckResult result = run("cmd: printf '" + secret + "%.0s' $(seq 1 1000)\nexpect_stdout: absent",
        Secrets.of(List.of(secret)));

    assertThat(result.stdoutTail()).as("a tail cut inside a secret must not leak its end")
        .doesNotContain("oken").doesNotContain("3t-t").startsWith("***");
  }

  @Test
  void unusableTarget_isAnError_notAFailure() {
    CommandCheck check = new CommandCheck("sec", "claim", TestSpecs.command("cmd: \"true\"\nexpect_exit: 0"));

    CheckResult result = check.run(target,
        new CheckContext(root.resolve("missing").toString(), Phase.CHECKS, Secrets.NONE));

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message()).startsWith("target failed: cannot run bash -c true in ");
  }

  @Test
  void notRun_isSkippedWithTheReason() {
    CommandCheck check = new CommandCheck("sec", "claim", TestSpecs.command("cmd: \"true\"\nexpect_exit: 0"));

    CheckResult result = check.notRun(Phase.CHECKS, "the apply did not pass");

    assertThat(result.status()).isEqualTo(Status.SKIPPED);
    assertThat(result.message()).isEqualTo("not run: the apply did not pass");
    assertThat(result.cmd()).isEqualTo("true");
    assertThat(result.attempts()).isZero();
  }
}
