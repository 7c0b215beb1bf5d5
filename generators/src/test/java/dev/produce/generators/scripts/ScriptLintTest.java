package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every script of every test profile's bundle, and the server-side {@code server/produce-apply}, passes {@code shellcheck -x} (following the sources,
 * so variables and functions are checked across files) with no finding, and {@code bash -n}; so does
 * every static script on its own, from its resource under {@code src/main/resources/shell/}.
 */
class ScriptLintTest {
  @BeforeAll
  static void shellcheckIsInstalled() throws Exception {
    assertThat(Shell.run(Path.of("."), "sh", "-c", "command -v shellcheck").exitCode())
        .as("shellcheck must be installed (apt-get install shellcheck)").isZero();
  }

  static List<ScriptTestProfiles> profiles() {
    return ScriptTestProfiles.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void shellcheck_findsNothing(ScriptTestProfiles profile, @TempDir Path temp) throws Exception {
    Path bundle = WrittenBundle.write(profile.profile(), temp);
    List<String> command = new ArrayList<>(List.of("shellcheck", "-x", "--severity=style", "--norc"));
    command.addAll(WrittenBundle.scriptPaths(profile.profile()));

    Shell result = Shell.run(bundle, command.toArray(String[]::new));

    assertThat(result.output()).as("shellcheck findings").isEmpty();
    assertThat(result.exitCode()).isZero();
  }

  static List<String> staticScripts() {
    return StaticScripts.PATHS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("staticScripts")
  void staticScript_shellcheckFindsNothing_andBashParsesIt_fromItsResource(String path) throws Exception {
    Shell lint = Shell.run(StaticScriptResources.ROOT, "shellcheck", "-x", "--severity=style", "--norc", path);
    Shell parse = Shell.run(StaticScriptResources.ROOT, "bash", "-n", path);

    assertThat(lint.output()).as("shellcheck findings").isEmpty();
    assertThat(lint.exitCode()).isZero();
    assertThat(parse.output()).isEmpty();
    assertThat(parse.exitCode()).isZero();
  }

  @Test
  void everyResourceUnderShell_isAListedStaticScript() throws Exception {
    assertThat(StaticScriptResources.files()).containsExactlyInAnyOrderElementsOf(StaticScripts.PATHS);
  }

  @Test
  void serverScript_shellcheckFindsNothing_andBashParsesIt() throws Exception {
    String script = ServerScript.PRODUCE_APPLY.toString();
    Shell lint = Shell.run(Path.of("."), "shellcheck", "-x", "--severity=style", "--norc", script);
    Shell parse = Shell.run(Path.of("."), "bash", "-n", script);

    assertThat(lint.output()).as("shellcheck findings").isEmpty();
    assertThat(lint.exitCode()).isZero();
    assertThat(parse.output()).isEmpty();
    assertThat(parse.exitCode()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void bashParsesEveryScript(ScriptTestProfiles profile, @TempDir Path temp) throws Exception {
    Path bundle = WrittenBundle.write(profile.profile(), temp);
    for (String script : WrittenBundle.scriptPaths(profile.profile())) {
      Shell result = Shell.run(bundle, "bash", "-n", script);

      assertThat(result.output()).as(script).isEmpty();
      assertThat(result.exitCode()).as(script).isZero();
    }
  }
}
