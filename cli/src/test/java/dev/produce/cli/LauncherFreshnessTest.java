package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' freshness check ({@code newer_source} in {@code bin/lib/produce-jar.sh}, sourced by
 * every {@code bin/produce-*}) run by bash over a mirror of this checkout's source tree: every
 * directory under every module's {@code src/}, plus a package named {@code target} (the name that
 * used to be pruned, so an edit there never rebuilt the jar). A file touched after the jar in any of
 * them must be reported; build output under a module's {@code target/} must not.
 */
class LauncherFreshnessTest {
  private static final Instant JAR_TIME = Instant.parse("2026-01-01T12:00:00Z");
  private static final FileTime BEFORE_JAR = FileTime.from(JAR_TIME.minusSeconds(3600));
  private static final FileTime AFTER_JAR = FileTime.from(JAR_TIME.plusSeconds(60));

  @TempDir Path mirror;
  private Path jar;
  private List<Path> sourceFiles;

  @BeforeEach
  void mirrorTheSourceTree() throws IOException {
    Path repo = repoRoot();
    try (Stream<Path> modules = Files.list(repo)) {
      for (Path module : modules.filter(dir -> Files.isDirectory(dir.resolve("src"))).toList()) {
        try (Stream<Path> dirs = Files.walk(module.resolve("src"))) {
          for (Path dir : dirs.filter(Files::isDirectory).toList()) {
            Path copy = Files.createDirectories(mirror.resolve(repo.relativize(dir).toString()));
            Files.writeString(copy.resolve("Source.java"), "");
          }
        }
        Files.writeString(mirror.resolve(module.getFileName().toString()).resolve("pom.xml"), "");
      }
    }
    Path targetPackage = Files.createDirectories(mirror.resolve("verifier/src/main/java/dev/produce/verifier/target"));
    Files.writeString(targetPackage.resolve("ContainerTarget.java"), "");
    Files.writeString(mirror.resolve("pom.xml"), "");
    Path buildOutput = Files.createDirectories(mirror.resolve("verifier/target/classes/dev/produce"));
    Files.writeString(buildOutput.resolve("Compiled.class"), "");
    jar = Files.createDirectories(mirror.resolve("cli/target")).resolve("produce.jar");
    Files.writeString(jar, "");
    try (Stream<Path> all = Files.walk(mirror)) {
      sourceFiles = all.filter(Files::isRegularFile).filter(file -> !file.startsWith(mirror.resolve("cli/target")))
          .filter(file -> !file.startsWith(mirror.resolve("verifier/target"))).toList();
    }
    try (Stream<Path> all = Files.walk(mirror)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, BEFORE_JAR);
      }
    }
    Files.setLastModifiedTime(jar, FileTime.from(JAR_TIME));
  }

  @Test
  void freshJar_reportsNothing() throws Exception {
    assertThat(newerSource()).isEmpty();
  }

  @Test
  void anyFileUnderAnyModulesSrc_orAnyPom_touchedAfterTheJar_isReported() throws Exception {
    assertThat(sourceFiles).as("the mirror holds this checkout's modules")
        .anyMatch(file -> file.endsWith("verifier/src/main/java/dev/produce/verifier/target/ContainerTarget.java"))
        .anyMatch(file -> file.toString().contains("/cli/src/main/java/"))
        .hasSizeGreaterThan(50);
    for (Path file : sourceFiles) {
      Files.setLastModifiedTime(file, AFTER_JAR);
      assertThat(newerSource()).as("after touching %s", mirror.relativize(file)).isEqualTo(file.toString());
      Files.setLastModifiedTime(file, BEFORE_JAR);
    }
  }

  @Test
  void buildOutputTouchedAfterTheJar_isNotASourceChange() throws Exception {
    Files.setLastModifiedTime(mirror.resolve("verifier/target/classes/dev/produce/Compiled.class"), AFTER_JAR);

    assertThat(newerSource()).isEmpty();
  }

  /** What {@code newer_source MIRROR JAR} prints, run by bash with the launchers' library sourced. */
  private String newerSource() throws IOException, InterruptedException {
    Path library = repoRoot().resolve("bin/lib/produce-jar.sh");
    Process process = new ProcessBuilder("bash", "-c",
        "set -euo pipefail; REPO_ROOT=\"$1\"; source \"$2\"; newer_source \"$1\" \"$3\"",
        "bash", mirror.toString(), library.toString(), jar.toString())
        .redirectErrorStream(true)
        .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("newer_source: %s", out).isZero();
    return out;
  }

  /** This checkout: from the build's {@code produce.repo.root}, else found upwards from the working directory. */
  private static Path repoRoot() {
    String configured = System.getProperty("produce.repo.root");
    if (configured != null && Files.isRegularFile(Path.of(configured, "bin/lib/produce-jar.sh"))) {
      return Path.of(configured).toAbsolutePath();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("bin/lib/produce-jar.sh"))) {
        return dir;
      }
    }
    throw new IllegalStateException("bin/lib/produce-jar.sh not found above " + Path.of("").toAbsolutePath());
  }
}
