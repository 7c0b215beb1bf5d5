package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The static scripts on their own, sourced straight from {@code src/main/resources/shell/} in
 * produce's strict mode, without a bundle: sourcing one only defines functions and variables
 * (nothing printed, nothing run), and the helpers that need no bundle value work.
 */
class StaticLibrariesTest {
  private static final String STRICT = "set -euo pipefail\nPRODUCE_ROOT=\"$PWD\"\n";

  static List<String> staticScripts() {
    return StaticScripts.PATHS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("staticScripts")
  void sourcingOnItsOwn_printsNothing_andDefinesFunctions(String path) throws Exception {
    Shell result = Shell.bash(StaticScriptResources.ROOT,
        STRICT + "source " + path + "\nprintf 'functions: %s\\n' \"$(declare -F | wc -l)\"\n");

    assertThat(result.output()).as(path).matches("functions: [1-9][0-9]*\n");
    assertThat(result.exitCode()).as(path).isZero();
  }

  @Test
  void sha256Of_printsTheDigestAlone(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("file");
    Files.writeString(file, "abc");

    Shell result = Shell.bash(StaticScriptResources.ROOT,
        STRICT + "source scripts/lib/files.sh\nsha256_of '" + file + "'\n");

    assertThat(result.output()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n");
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void logLines_goToStdoutForInfo_andStderrForWarnings() throws Exception {
    Shell result = Shell.bash(StaticScriptResources.ROOT, STRICT + "source scripts/lib/log.sh\n"
        + "log_info 'one' 2>/dev/null\nlog_warn 'two' >/dev/null\nlog_error 'three' 2>/dev/null\n"
        + "printf '%s\\n' \"$(count_of 1 file), $(count_of 2 file)\"\n");

    assertThat(result.output().lines()).containsExactly("produce: one", "produce: warning: two", "1 file, 2 files");
    assertThat(result.exitCode()).isZero();
  }
}
