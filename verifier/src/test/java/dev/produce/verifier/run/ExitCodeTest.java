package dev.produce.verifier.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitCodeTest {

  private static CheckResult with(Status status) {
    return CheckResult.builder(Phase.CHECKS, "s", "i").status(status).build();
  }

  @Test
  void passedManualAndSkipped_passTheRun() {
    assertThat(ExitCode.of(List.of(with(Status.PASSED), with(Status.MANUAL), with(Status.SKIPPED))))
        .isEqualTo(ExitCode.PASSED);
    assertThat(ExitCode.PASSED.code()).isZero();
  }

  @Test
  void aFailure_failsTheRun_withOne() {
    assertThat(ExitCode.of(List.of(with(Status.PASSED), with(Status.FAILED)))).isEqualTo(ExitCode.CHECKS_FAILED);
    assertThat(ExitCode.CHECKS_FAILED.code()).isEqualTo(1);
  }

  @Test
  void anError_isAnEnvironmentFailure_evenWithFailures() {
    assertThat(ExitCode.of(List.of(with(Status.FAILED), with(Status.ERROR)))).isEqualTo(ExitCode.ENVIRONMENT);
    assertThat(ExitCode.ENVIRONMENT.code()).isEqualTo(3);
    assertThat(ExitCode.INVALID.code()).isEqualTo(2);
  }
}
