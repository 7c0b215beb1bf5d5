package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** 2 MB and 50 MB one-line files: a 10 MB one once took the YAML parser 36 s and was echoed whole. */
  @ParameterizedTest
  @ValueSource(ints = {2 << 20, 50 << 20})
  void specOverTheSizeCap_exit2WithOneLineNamingTheFileItsSizeAndTheLimit(int bytes) throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    Path spec = Files.writeString(tmp.resolve("huge.yml"), "produce: " + "x".repeat(bytes - 9));

    VerifyRun run = verify(bundle.toString(), "--spec", spec.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly("produce-verify: --spec: " + spec + " is " + bytes + " bytes;"
        + " a .verification.yml may be at most 1048576 bytes (1 MiB)", "Try 'produce-verify --help' for more information.");
    assertThat(run.errLines().get(0)).hasSizeLessThan(300);
    assertThat(targets.started).isEmpty();
  }

  @Test
  void bundlesOwnSpecOverTheSizeCap_exit2NamingIt() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), "");
    Files.writeString(bundle.resolve(".verification.yml"), "produce: " + "x".repeat((2 << 20) - 9));

    VerifyRun run = verify(bundle.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).isEqualTo("produce-verify: BUNDLE: " + bundle.resolve(".verification.yml")
        + " is 2097152 bytes; a .verification.yml may be at most 1048576 bytes (1 MiB)");
    assertThat(targets.started).isEmpty();
  }

  @Test
  void specThatIsADirectory_exit2SayingSo() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    Path dir = Files.createDirectories(tmp.resolve("checks"));

    VerifyRun run = verify(bundle.toString(), "--spec", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly(
        "produce-verify: --spec: " + dir + " is a directory, expected a .verification.yml file",
        "Try 'produce-verify --help' for more information.");
  }

  @Test
  void longValuesInTheSpec_areQuotedAsExcerpts() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    Path spec = Files.writeString(tmp.resolve("long.yml"), "produce: " + "x".repeat(10_000) + "\n");

    VerifyRun run = verify(bundle.toString(), "--spec", spec.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).hasSize(2).allSatisfy(line -> assertThat(line).hasSizeLessThan(300));
    assertThat(run.errLines().get(0)).endsWith("… (10000 characters)\"");
  }

  @Test
  void aLineOverTheLineCap_exit2NamingTheLineAndTheLimit() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    Path spec = Files.writeString(tmp.resolve("wide.yml"), "# checks\nproduce: " + "x".repeat(500_000) + "\n");

    VerifyRun run = verify(bundle.toString(), "--spec", spec.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).isEqualTo(spec + ":2:1: line 2 is 500009 characters; a line may be at most"
        + " 16384 (write a long value as a YAML block scalar, | or >, over several lines)");
  }

  @Test
  void manyErrors_printTheFirst50AndHowManyMore() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    Path spec = Files.writeString(tmp.resolve("many.yml"), "[" + "a,\n".repeat(1000) + "]\n");

    VerifyRun run = verify(bundle.toString(), "--spec", spec.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).hasSize(52);
    assertThat(run.errLines().get(50)).isEqualTo("… 950 more errors not shown");
    assertThat(run.errLines().get(51)).isEqualTo("produce-verify: 1000 errors in " + spec + "; nothing was started");
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

  @Test
  void unknownDistroInProfileJson_exit2NamingItAndTheAcceptedValues_beforeAnyImageIsBuilt() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    Files.writeString(bundle.resolve("profile.json"), "{\"formatVersion\": \"1.0\", \"generator\": \"produce\","
        + " \"inputs\": {\"cache\": \"REDIS\", \"distro\": \"ubuntu-24.04\"}}\n");

    VerifyRun run = VerifyRun.inContainers(bundle.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly(
        "produce-verify: BUNDLE: " + bundle.resolve("profile.json")
            + ": inputs.distro must be debian-13 or debian-12, was 'ubuntu-24.04'",
        "Try 'produce-verify --help' for more information.");
  }
}
