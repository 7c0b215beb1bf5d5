package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entry point's answers that come before it looks at the server: help, usage errors (exit 2)
 * and a damaged bundle (exit 3). Nothing here lets produce reach the apply step on the test host.
 */
class EntryPointTest {
  @TempDir
  Path temp;
  private Path bundle;

  @BeforeEach
  void writeBundle() throws Exception {
    bundle = WrittenBundle.write(ScriptTestProfiles.redis().profile(), temp);
  }

  @Test
  void help_printsUsageAndExitsZero() throws Exception {
    Shell result = Shell.run(bundle, "./produce", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.output()).startsWith("Usage: sudo ./produce [--dry-run | --check | --rollback]")
        .contains("--require-site", "Exit status: 0 applied");
  }

  @Test
  void unknownOption_isAUsageError() throws Exception {
    Shell result = Shell.run(bundle, "./produce", "--force");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).startsWith("produce: unknown option: --force\nUsage:");
  }

  @Test
  void twoModes_areAUsageError() throws Exception {
    Shell result = Shell.run(bundle, "./produce", "--check", "--rollback");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).contains("--check and --rollback cannot be combined");
  }

  @Test
  void aModifiedFile_isRefusedBeforeAnythingRuns() throws Exception {
    Files.writeString(bundle.resolve("files/etc/redis/redis.conf"), "maxmemory 1gb\n",
        java.nio.file.StandardOpenOption.APPEND);

    Shell result = Shell.run(temp, "bundle/produce", "--dry-run");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output()).contains("the bundle is damaged or was modified; nothing was changed",
        "files/etc/redis/redis.conf: FAILED").doesNotContain("dry run");
  }

  @Test
  void aMissingFile_isRefused() throws Exception {
    Files.delete(bundle.resolve("scripts/lib/health.sh"));

    Shell result = Shell.run(bundle, "./produce");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output()).contains("scripts/lib/health.sh");
  }

  @Test
  void aMissingChecksumFile_isRefused() throws Exception {
    Files.delete(bundle.resolve("SHA256SUMS"));

    Shell result = Shell.run(bundle, "./produce", "--check");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output()).contains("SHA256SUMS");
  }
}
