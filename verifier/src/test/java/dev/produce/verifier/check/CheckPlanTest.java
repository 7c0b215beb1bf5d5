package dev.produce.verifier.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.verifier.run.LocalTarget;
import dev.produce.format.verification.Level;
import dev.produce.format.verification.VerificationSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckPlanTest {

  private static final VerificationSpec SPEC = TestSpecs.spec("""
      produce:
        - text: static
          machine:
            automatable: true
            checks:
              thorough:
                commands:
                  - cmd: deep
                    expect_exit: 0
              quick:
                commands:
                  - cmd: shallow
                    expect_exit: 0
        - text: by hand
          manual: look at the status page
          machine:
            automatable: false
      """);

  @Test
  void quickRun_listsDeeperCommandsAsNotAtLevel_andManualItems() {
    List<Check> checks = CheckPlan.of(SPEC, Level.QUICK);

    assertThat(checks).extracting(c -> c.getClass().getSimpleName())
        .containsExactly("NotAtLevelCheck", "CommandCheck", "ManualCheck");
  }

  @Test
  void thoroughRun_runsEveryCommand_inFileOrder() {
    List<Check> checks = CheckPlan.of(SPEC, Level.THOROUGH);

    assertThat(checks).hasSize(3).first().isInstanceOf(CommandCheck.class);
    assertThat(((CommandCheck) checks.get(0)).command().cmd()).isEqualTo("deep");
    assertThat(((CommandCheck) checks.get(1)).command().cmd()).isEqualTo("shallow");
  }

  @Test
  void commandsAt_leavesOutEverythingThatDoesNotRun() {
    assertThat(CheckPlan.commandsAt(SPEC, Level.QUICK)).hasSize(1).allMatch(CommandCheck.class::isInstance);
  }

  @Test
  void manualAndNotAtLevel_reportWithoutRunning() {
    CheckContext context = new CheckContext("/nonexistent", Phase.CHECKS, Secrets.NONE);
    List<Check> checks = CheckPlan.of(SPEC, Level.QUICK);

    CheckResult skipped = checks.get(0).run(new LocalTarget(), context);
    CheckResult manual = checks.get(2).run(new LocalTarget(), context);

    assertThat(skipped.status()).isEqualTo(Status.SKIPPED);
    assertThat(skipped.message()).isEqualTo("not run: level thorough (this run: quick)");
    assertThat(skipped.level()).isEqualTo(Level.THOROUGH);
    assertThat(manual.status()).isEqualTo(Status.MANUAL);
    assertThat(manual.message()).isEqualTo("manual: look at the status page");
    assertThat(manual.cmd()).isEmpty();
    assertThat(checks.get(2).notRun(Phase.CHECKS, "apply failed").status())
        .as("a manual item stays manual when the run is cut short").isEqualTo(Status.MANUAL);
  }
}
