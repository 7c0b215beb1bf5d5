package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code produce-verify --help} documents every option, the exit codes and examples. */
class VerifyCommandHelpTest {
  @Test
  void help_exits0AndDocumentsOptionsExitCodesAndExamples() {
    VerifyRun run = VerifyRun.run(new RecordingTargets(), Path.of("/nonexistent"), "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    String help = run.out().replaceAll("\\s+", " ");
    assertThat(run.out()).startsWith("Usage: produce-verify ");
    assertThat(help)
        .contains("BUNDLE").contains("--level=quick|thorough").contains("Default: thorough.")
        .contains("--spec=FILE").contains("--junit=FILE").contains("--json=FILE").contains("--mask=VALUE")
        .contains("--no-offline").contains("--no-systemd").contains("--no-idempotence").contains("--keep-evidence=DIR")
        .contains("booted with systemd as PID 1")
        .contains("--stacktrace")
        .contains("produce-verify bundle/ --junit target/verify.xml --json target/verify.json");
    assertThat(run.out()).containsPattern("(?m)^ +0 +every check and phase passed")
        .containsPattern("(?m)^ +1 +a check or phase failed")
        .containsPattern("(?m)^ +2 +invalid input or usage, or lint errors")
        .containsPattern("(?m)^ +3 +environment: no Docker engine");
  }
}
