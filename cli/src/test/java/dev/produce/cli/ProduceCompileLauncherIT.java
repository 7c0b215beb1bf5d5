package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code bin/produce-compile} as a subprocess from a working directory outside the
 * repository, as an operator would: relative paths resolve against that directory, the bundle
 * passes {@code sha256sum -c}, and bad input gives one line and exit 2.
 */
class ProduceCompileLauncherIT {
  private static final long TIMEOUT_MINUTES = 10;

  @TempDir Path workDir;

  /** Output of one launcher run. */
  private record Result(int exitCode, String out, String err) {}

  /** Builds the jar now if the launcher thinks it is stale, so that no test sees the build's output. */
  @BeforeAll
  static void warmUp(@TempDir Path dir) throws Exception {
    Result version = run(dir, launcher().toString(), "--version");
    assertThat(version.exitCode()).as("bin/produce-compile --version; stderr: %s", version.err()).isZero();
  }

  @Test
  void launcher_fromAnotherDirectory_writesABundleThatPassesSha256sum() throws Exception {
    Result result = run(workDir, launcher().toString(), "--memory", "4096", "--cache", "memcache", "-o", "bundle/");

    assertThat(result.exitCode()).as("stderr: %s", result.err()).isZero();
    Path bundle = workDir.resolve("bundle");
    assertThat(bundle.resolve("SHA256SUMS")).as("bundle written relative to the caller's directory").isRegularFile();
    assertThat(result.out()).startsWith("Wrote bundle/ (").contains("Memcached, 4096 MB RAM");

    Result check = run(bundle, "sha256sum", "--strict", "-c", "SHA256SUMS");
    assertThat(check.exitCode()).as("sha256sum -c: %s %s", check.out(), check.err()).isZero();
    List<String> sums = Files.readAllLines(bundle.resolve("SHA256SUMS"));
    assertThat(check.out().lines()).hasSize(sums.size()).allMatch(line -> line.endsWith(": OK"));
  }

  @Test
  void produceLauncher_compile_writesTheSameBytesAsProduceCompile() throws Exception {
    Path produce = launcher().resolveSibling("produce");
    Result viaProduce = run(workDir, produce.toString(), "compile", "--memory", "4096", "--cache", "memcache", "-o", "a/");
    Result viaCompile = run(workDir, launcher().toString(), "--memory", "4096", "--cache", "memcache", "-o", "b/");

    assertThat(viaProduce.exitCode()).as("bin/produce compile; stderr: %s", viaProduce.err()).isZero();
    assertThat(viaCompile.exitCode()).as("bin/produce-compile; stderr: %s", viaCompile.err()).isZero();
    assertThat(BundleFiles.snapshot(workDir.resolve("a"))).isEqualTo(BundleFiles.snapshot(workDir.resolve("b")));
    Result version = run(workDir, produce.toString(), "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("produce ");
  }

  /**
   * The launcher's class-data-sharing archive (bin/lib/produce-cds.sh): the first compile writes it,
   * the second maps it (picocli's and produce's classes come from it: the static archive keeps the
   * Java 5 class files a dynamic one skips), and neither the archive nor the warm-up thread changes
   * a byte of the bundle.
   */
  @Test
  void launcher_secondCompile_mapsTheArchiveTheFirstWrote_sameBytes() throws Exception {
    Path cache = Files.createDirectory(workDir.resolve("cache"));
    Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString(), "PRODUCE_CDS", "on");
    Result first = run(workDir, environment, launcher().toString(), "--memory", "4096", "--cache", "memcache", "-o", "first/");
    assertThat(first.exitCode()).as("first compile; stderr: %s", first.err()).isZero();
    Path cds = cache.resolve("produce/cds");
    try (Stream<Path> files = Files.list(cds)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .as("one archive, no class list or partial file left").singleElement().asString()
          .startsWith("produce-").endsWith(".jsa");
    }

    Path classLog = workDir.resolve("classes.log");
    Map<String, String> logging = new HashMap<>(environment);
    logging.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog);
    Result second = run(workDir, logging, launcher().toString(), "--memory", "4096", "--cache", "memcache", "-o", "second/");
    Result withoutArchive = run(workDir, Map.of("PRODUCE_CDS", "off"), launcher().toString(),
        "--memory", "4096", "--cache", "memcache", "-o", "third/");

    assertThat(second.exitCode()).as("second compile; stderr: %s", second.err()).isZero();
    assertThat(Files.readAllLines(classLog)).as("classes loaded by the second compile")
        .anyMatch(line -> line.contains(" picocli.CommandLine source: shared objects file"))
        .anyMatch(line -> line.contains(" dev.produce.cli.CompileCommand source: shared objects file"));
    assertThat(withoutArchive.exitCode()).as("PRODUCE_CDS=off; stderr: %s", withoutArchive.err()).isZero();
    assertThat(BundleFiles.snapshot(workDir.resolve("second"))).isEqualTo(BundleFiles.snapshot(workDir.resolve("first")))
        .isEqualTo(BundleFiles.snapshot(workDir.resolve("third")));
  }

  @Test
  void launcher_badInput_exits2WithOneLineAndNoStackTrace() throws Exception {
    Result result = run(workDir, launcher().toString(), "--memory", "256", "-o", "bundle/");

    assertThat(result.exitCode()).isEqualTo(2);
    List<String> lines = withoutBuildNotice(result.err());
    assertThat(lines).hasSizeBetween(1, 2);
    assertThat(lines.get(0)).isEqualTo(
        "produce-compile: --memory: must be between 512 and 1048576 MB (512M … 1T), was 256");
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
    try (var entries = Files.list(workDir)) {
      assertThat(entries).as("nothing created").isEmpty();
    }
  }

  /**
   * stderr without the launcher's own one-line build notice. The warm-up builds the jar, but in a
   * checkout that others edit meanwhile the launcher may rebuild it once more, and says so.
   */
  private static List<String> withoutBuildNotice(String err) {
    return err.lines().filter(line -> !line.startsWith("produce: building the jar")).toList();
  }

  private static Result run(Path dir, String... command) throws IOException, InterruptedException {
    return run(dir, Map.of(), command);
  }

  private static Result run(Path dir, Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("produce-it-", ".out");
    Path err = Files.createTempFile("produce-it-", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)))
          .directory(dir.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within " + TIMEOUT_MINUTES + " min");
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static Path launcher() {
    return Launchers.of("produce-compile");
  }
}
