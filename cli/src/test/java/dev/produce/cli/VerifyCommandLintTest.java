package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything produce-verify refuses, it refuses before a target is started: exit 2, one line per problem. */
class VerifyCommandLintTest {
  private static final String TWO_ERRORS = """
      produce:
        - text: the bundle was applied
          machine:
            automatable: true
            checks:
              quick:
                commands:
                  - cmd: test -f applied.marker
                    expect_exit: 0
                    expect_exit: 1
                  - cmd: echo PONG
                    expect_stdot: PONG
      """;

  @TempDir Path tmp;
  private final RecordingTargets targets = new RecordingTargets();

  private VerifyRun verify(String... args) {
    return VerifyRun.run(targets, tmp.resolve("root"), args);
  }

  @Test
  void lintErrors_exit2WithEveryErrorAtFileLineColumnAndPath_andStartNoTarget() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TWO_ERRORS);
    String spec = bundle.resolve(".verification.yml").toString();

    VerifyRun run = verify(bundle.toString(), "--junit", tmp.resolve("r.xml").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(targets.started).as("targets started").isEmpty();
    assertThat(run.out()).isEmpty();
    List<String> lines = run.errLines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith(spec + ":10:15: produce[0].machine.checks.quick.commands[0].expect_exit:"
        + " duplicate key 'expect_exit' (first at line 9)");
    assertThat(lines.get(1)).startsWith(spec + ":11:15: produce[0].machine.checks.quick.commands[1]:"
        + " nothing can fail");
    assertThat(lines.get(2)).startsWith(spec + ":12:15: produce[0].machine.checks.quick.commands[1].expect_stdot:"
        + " unknown key 'expect_stdot'");
    assertThat(lines.get(3)).isEqualTo("produce-verify: 3 errors in " + spec + "; nothing was started");
    assertThat(tmp.resolve("r.xml")).doesNotExist();
  }

  @Test
  void malformedYaml_exit2NamingTheLine() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), "produce:\n  - text: [unclosed\n");

    VerifyRun run = verify(bundle.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith(bundle.resolve(".verification.yml") + ":").contains("nothing was started");
    assertThat(targets.started).isEmpty();
  }

  @Test
  void specOption_isLintedInsteadOfTheBundlesOwn() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    Path spec = Files.writeString(tmp.resolve("own.yml"), TWO_ERRORS);

    VerifyRun run = verify(bundle.toString(), "--spec", spec.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).first().asString().startsWith(spec + ":10:");
    assertThat(targets.started).isEmpty();
  }

  @Test
  void missingBundle_exit2NamingIt() {
    VerifyRun run = verify(tmp.resolve("nope").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly(
        "produce-verify: BUNDLE: no such directory: " + tmp.resolve("nope")
            + " (write one with produce-compile -o " + tmp.resolve("nope") + ")",
        "Try 'produce-verify --help' for more information.");
    assertThat(targets.started).isEmpty();
  }

  @Test
  void directoryWithoutProduce_isNotABundle() throws Exception {
    Files.createDirectories(tmp.resolve("plain"));

    VerifyRun run = verify(tmp.resolve("plain").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).contains("is not a bundle: it has no ./produce");
  }

  @Test
  void bundleWithoutSpec_exit2SuggestingSpecOption() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), "");
    Files.delete(bundle.resolve(".verification.yml"));

    VerifyRun run = verify(bundle.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).isEqualTo(
        "produce-verify: BUNDLE: " + bundle + " has no .verification.yml; name the checks with --spec FILE");
  }

  @Test
  void missingSpecFile_exit2() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);

    VerifyRun run = verify(bundle.toString(), "--spec", "no-such.yml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).isEqualTo("produce-verify: --spec: no such file: no-such.yml");
  }

  @Test
  void unknownLevel_exit2WithTheAcceptedValues() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);

    VerifyRun run = verify(bundle.toString(), "--level", "full");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly(
        "produce-verify: --level: must be one of quick|thorough, was 'full'",
        "Try 'produce-verify --help' for more information.");
    assertThat(targets.started).isEmpty();
  }

  @Test
  void reportPathThatIsADirectory_exit2BeforeAnyTargetStarts() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);

    VerifyRun run = verify(bundle.toString(), "--json", tmp.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).isEqualTo("produce-verify: --json: " + tmp + " is a directory; name a file");
    assertThat(targets.started).isEmpty();
  }

  @Test
  void evidenceDirThatIsAFile_exit2BeforeAnyTargetStarts() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    Path file = Files.writeString(tmp.resolve("file"), "x");

    VerifyRun run = verify(bundle.toString(), "--keep-evidence", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).isEqualTo(
        "produce-verify: --keep-evidence: " + file + " exists and is not a directory");
    assertThat(targets.started).isEmpty();
  }

  @Test
  void missingBundleArgument_exit2() {
    VerifyRun run = verify();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).startsWith("produce-verify: Missing required parameter: 'BUNDLE'");
  }
}
