package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.Generators;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.PhpVersion;
import dev.produce.model.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to produce-loadtest exits 2 with one line naming the option and the accepted values
 * (plus the --help hint) before any container starts, and writes no report.
 */
class LoadtestCommandInvalidInputTest {
  @TempDir Path tmp;
  private Path bundle;

  @BeforeEach
  void compileBundle() throws Exception {
    bundle = tmp.resolve("bundle");
    BundleWriter.write(Generators.bundle(Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12).build())), bundle,
        false);
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad("--users: must be between 1 and 256, was 0", "B", "--users", "0"),
        bad("--users: must be between 1 and 256, was 1000", "B", "--users", "1000"),
        bad("--users: must be a whole number between 1 and 256, was 'many'", "B", "--users", "many"),
        bad("--duration: must be between 1s and 1h, was 2h", "B", "--duration", "2h"),
        bad("--duration: must be between 1s and 1h, was 0s", "B", "--duration", "0s"),
        bad("--duration: must be a duration like 30s, 2m or 1m30s between 1s and 1h, was 'soon'", "B", "--duration", "soon"),
        bad("--warmup: must be between 0s and 10m, was 11m", "B", "--warmup", "11m"),
        bad("--gate-ttfb-reduction: must be a percentage between 0 and 100, was 150", "B", "--gate-ttfb-reduction", "150"),
        bad("--gate-ttfb-reduction: must be a percentage between 0 and 100, was 'lots'", "B", "--gate-ttfb-reduction", "lots"),
        bad("--target-url: must be an http:// or https:// URL with a host, was 'ftp://example.org/'",
            "--target-url", "ftp://example.org/"),
        bad("--target-url: must be an http:// or https:// URL with a host, was 'localhost:8080'",
            "--target-url", "localhost:8080"),
        bad("BUNDLE: missing: name a bundle directory to apply, or measure an existing site with --target-url URL"),
        bad("BUNDLE: give a bundle or --target-url, not both", "B", "--target-url", "http://127.0.0.1:8080/"),
        bad("--gate-ttfb-reduction: needs a before and an after phase", "--target-url", "http://127.0.0.1:8080/",
            "--gate-ttfb-reduction", "20"),
        bad("BUNDLE: not a directory: ", "missing-bundle"),
        bad("BUNDLE: compiled for --php 8.3; the load test's target image runs PHP 8.2", "B83"),
        bad("--out: ", "B", "--out", "NOT_A_REPORT"),
        bad("--pairs: must be between 1 and 10, was 0", "B", "--pairs", "0"),
        bad("--rates: must be between 1 and 100 (percent of capacity), was 150", "B", "--rates", "50,150"),
        bad("--rates: must be percentages of capacity between 1 and 100, ascending", "B", "--rates", "80,50"),
        bad("--capacity: must be visits per second between 0.1 and 10000, was 'fast'", "B", "--capacity", "fast"),
        bad("--capacity: must be visits per second between 0.1 and 10000, was 0.0", "B", "--capacity", "0"),
        bad("--site-cpus: must be a whole number between 1 and 256, was 'half'", "B", "--site-cpus", "half"),
        bad("--control: needs --twins", "B", "--control"),
        bad("--caches: must be one of filled|emptied, was 'warm'", "B", "--caches", "warm"),
        bad("--caches: needs a BUNDLE", "--target-url", "http://127.0.0.1:8080/", "--caches", "emptied"),
        bad("--gate-ttfb-reduction: cannot be asked of a --control run", "B", "--twins", "--control",
            "--gate-ttfb-reduction", "10"),
        // the bundle was compiled with the default --cpus 2; the site gets one CPU on any machine
        bad("BUNDLE: compiled with --cpus 2, but the site's container gets 1 CPU", "B", "--site-cpus", "1"),
        bad("Unknown options: '--user'", "B", "--user", "4"));
  }

  private static Arguments bad(String expectedStart, String... args) {
    return Arguments.of(expectedStart, args);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badInputs")
  void badInput_exits2WithOneLineNamingTheOption(String expectedStart, String[] args) throws Exception {
    Path out = tmp.resolve("report");
    List<String> argv = new ArrayList<>(List.of(args).contains("--out") ? List.of() : List.of("--out", out.toString()));
    for (String arg : args) {
      argv.add(switch (arg) {
        case "B" -> bundle.toString();
        case "B83" -> bundleFor83();
        case "NOT_A_REPORT" -> foreignDirectory();
        case "missing-bundle" -> tmp.resolve("missing-bundle").toString();
        default -> arg;
      });
    }

    LoadtestRun run = LoadtestRun.loadtest(argv.toArray(String[]::new));

    assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).hasSizeBetween(1, 2);
    assertThat(run.errLines().get(0)).startsWith("produce-loadtest: " + expectedStart);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  private String bundleFor83() throws Exception {
    Path dir = tmp.resolve("bundle-83");
    BundleWriter.write(Generators.bundle(Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12)
        .php(PhpVersion.parse("8.3")).build())), dir, false);
    return dir.toString();
  }

  private String foreignDirectory() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(dir.resolve("notes.txt"), "mine");
    return dir.toString();
  }
}
