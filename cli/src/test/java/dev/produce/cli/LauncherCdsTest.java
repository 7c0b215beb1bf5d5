package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the launchers keep a compile's class-data-sharing archive ({@code cds_archive} in
 * {@code bin/lib/produce-cds.sh}, run by bash): only in the user's own 0700 cache directory, never
 * in one another user could write or a symlink, nor under a directory another user could change, and
 * nowhere with {@code PRODUCE_CDS=off}.
 */
class LauncherCdsTest {
  @TempDir Path cache;

  @Test
  void cdsArchive_freshCache_isInAnOwnerOnlyDirectoryItCreates() throws Exception {
    String archive = cdsArchive("");

    Path dir = cache.resolve("produce/cds");
    assertThat(archive).startsWith(dir + "/produce-").endsWith(".jsa");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
  }

  @Test
  void cdsArchive_sameJarAndJava_samePath() throws Exception {
    assertThat(cdsArchive("")).isEqualTo(cdsArchive("")).isNotEmpty();
  }

  @Test
  void cdsArchive_jarUpgraded_newPath() throws Exception {
    String before = cdsArchive("");
    Path jar = cache.resolve("produce.jar");
    Files.writeString(jar, "a newer jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L));

    assertThat(cdsArchive("")).isNotEqualTo(before).startsWith(cache.resolve("produce/cds") + "/produce-");
  }

  @Test
  void cdsArchive_worldWritableDirectory_none() throws Exception {
    Path dir = Files.createDirectories(cache.resolve("produce/cds"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));

    assertThat(cdsArchive("")).isEmpty();
  }

  /** A root compile run with an ordinary user's HOME (sudo keeping it): that user could rename the parent. */
  @Test
  void cdsArchive_underADirectoryOthersCanWrite_noneAndNothingCreated() throws Exception {
    Path shared = Files.createDirectories(cache.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

    assertThat(cdsArchive("", shared.resolve(".cache"))).isEmpty();
    assertThat(shared.resolve(".cache")).doesNotExist();
  }

  @Test
  void cdsArchive_cacheReachedThroughASymlink_none() throws Exception {
    Path real = Files.createDirectories(cache.resolve("real"));
    Path link = Files.createSymbolicLink(cache.resolve("link"), real);

    assertThat(cdsArchive("", link)).isEmpty();
  }

  @Test
  void cdsArchive_directoryIsASymlink_none() throws Exception {
    Path elsewhere = Files.createDirectories(cache.resolve("elsewhere"));
    Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwx------"));
    Files.createSymbolicLink(Files.createDirectories(cache.resolve("produce")).resolve("cds"), elsewhere);

    assertThat(cdsArchive("")).isEmpty();
  }

  @Test
  void cdsArchive_turnedOff_none() throws Exception {
    assertThat(cdsArchive("off")).isEmpty();
    assertThat(cache.resolve("produce")).doesNotExist();
  }

  /** What {@code cds_archive java JAR} prints with {@code XDG_CACHE_HOME} at the temporary cache. */
  private String cdsArchive(String produceCds) throws IOException, InterruptedException {
    return cdsArchive(produceCds, cache);
  }

  /** What {@code cds_archive java JAR} prints with {@code XDG_CACHE_HOME} at {@code cacheHome}. */
  private String cdsArchive(String produceCds, Path cacheHome) throws IOException, InterruptedException {
    Path jar = cache.resolve("produce.jar");
    if (!Files.exists(jar)) {
      Files.writeString(jar, "jar"); // written once: a rewrite between two calls could change its time, and the key
    }
    ProcessBuilder builder = new ProcessBuilder("bash", "-c",
        "set -euo pipefail; source \"$1\"; cds_archive java \"$2\"", "bash", library().toString(), jar.toString())
        .redirectErrorStream(true);
    builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
    builder.environment().put("PRODUCE_CDS", produceCds);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("cds_archive: %s", out).isZero();
    return out;
  }

  /** {@code bin/lib/produce-cds.sh} of this checkout, found upwards from the working directory. */
  private static Path library() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("bin/lib/produce-cds.sh"))) {
        return dir.resolve("bin/lib/produce-cds.sh");
      }
    }
    throw new IllegalStateException("bin/lib/produce-cds.sh not found above " + Path.of("").toAbsolutePath());
  }
}
