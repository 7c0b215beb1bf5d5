package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.write.BundleWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a successful compile writes and prints, and how existing output paths are treated. */
class CompileCommandOutputTest {
  @TempDir Path tmp;

  @Test
  void compile_memcache_writesAVerifiableBundleAndSummarizesIt() throws Exception {
    Path bundle = tmp.resolve("bundle");

    CliRun run = CliRun.compile("--memory", "4096", "--cache", "memcache", "-o", bundle.toString());

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    List<String> sums = Files.readAllLines(bundle.resolve("SHA256SUMS"));
    assertThat(sums).as("SHA256SUMS lists every other file").hasSize(BundleFiles.snapshot(bundle).size() - 1);
    for (String line : sums) {
      String[] hashAndPath = line.split("  ", 2);
      assertThat(sha256(bundle.resolve(hashAndPath[1]))).as(hashAndPath[1]).isEqualTo(hashAndPath[0]);
    }
    assertThat(run.outLines().get(0))
        .isEqualTo("Wrote " + bundle + "/ (" + BundleFiles.snapshot(bundle).size()
            + " files): Memcached, 4096 MB RAM, 2 CPUs, PHP 8.4, debian-13");
    assertThat(run.out()).contains("pm.max_children").contains("memcached -m").doesNotContain("redis");
    assertThat(run.outLines().get(run.outLines().size() - 1))
        .isEqualTo("Next: copy " + bundle + "/ to the server and run: sudo ./produce  (see " + bundle + "/README.md)");
  }

  @Test
  void compile_valkey_summarizesValkeyAndTheDistro_andRecordsItInProfileJson() throws Exception {
    Path bundle = tmp.resolve("bundle");

    CliRun run = CliRun.compile("--cache", "valkey", "-o", bundle.toString());

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.outLines().get(0)).endsWith("files): Valkey, 2048 MB RAM, 2 CPUs, PHP 8.4, debian-13");
    assertThat(run.out()).contains("valkey maxmemory 192 MB");
    assertThat(bundle.resolve("files/etc/valkey/valkey.conf")).isRegularFile();
    assertThat(Files.readString(bundle.resolve("profile.json"))).contains("\"distro\": \"debian-13\"");
  }

  @Test
  void compile_anotherPhp_saysInTheSummaryThatItsPackagesComeFromElsewhere() {
    Path bundle = tmp.resolve("bundle");

    CliRun run = CliRun.compile("--distro", "debian-12", "--php", "8.4", "-o", bundle.toString());

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.outLines().get(0)).endsWith("PHP 8.4, debian-12");
    assertThat(run.out()).contains("PHP packages     php8.4-fpm is not debian-12's PHP: install it from elsewhere");
  }

  @Test
  void compile_archive_writesAGzipNextToTheBundle() throws IOException {
    Path archive = tmp.resolve("bundle.tar.gz");

    CliRun run = CliRun.compile("-o", tmp.resolve("bundle").toString(), "--archive", archive.toString());

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isEqualTo(ExitCodes.OK);
    byte[] bytes = Files.readAllBytes(archive);
    assertThat(bytes[0] & 0xff).as("gzip magic").isEqualTo(0x1f);
    assertThat(bytes[1] & 0xff).as("gzip magic").isEqualTo(0x8b);
    assertThat(run.out()).contains("Wrote " + archive + " (reproducible archive of the bundle)");
  }

  @Test
  void compile_existingArchiveWithoutForce_exits2AndWritesNothing() throws IOException {
    Path archive = Files.writeString(tmp.resolve("old.tgz"), "not mine to overwrite");

    CliRun run = CliRun.compile("-o", tmp.resolve("bundle").toString(), "--archive", archive.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: --archive: ").contains("add --force");
    assertThat(Files.readString(archive)).isEqualTo("not mine to overwrite");
    assertThat(BundleFiles.names(tmp)).containsExactly("old.tgz");
  }

  @Test
  void compile_nonEmptyDirectoryThatIsNotABundle_isLeftUntouchedEvenWithForce() throws IOException {
    Path site = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(site.resolve("index.php"), "<?php // the operator's own file\n");
    Files.createDirectories(site.resolve("web"));
    Files.write(site.resolve("web/logo.png"), new byte[] {1, 2, 3, (byte) 0xff});
    Map<String, String> before = BundleFiles.snapshot(site);

    for (List<String> extra : List.of(List.<String>of(), List.of("--force"))) {
      CliRun run = CliRun.compile(args("-o", site.toString(), extra));

      assertThat(run.exitCode()).as("with %s", extra).isEqualTo(ExitCodes.USAGE);
      assertThat(run.errLines()).as("with %s", extra).hasSize(1);
      assertThat(run.errLines().get(0)).startsWith("produce-compile: -o/--output: ").contains("not a produce bundle");
      assertThat(BundleFiles.snapshot(site)).as("with %s", extra).isEqualTo(before);
      assertThat(BundleFiles.names(tmp)).as("no staging directory left behind").containsExactly("site");
    }
  }

  @Test
  void compile_outputIsARegularFile_exits2AndLeavesIt() throws IOException {
    Path file = Files.writeString(tmp.resolve("bundle"), "a file, not a directory");

    CliRun run = CliRun.compile("-o", file.toString(), "--force");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: -o/--output: ");
    assertThat(Files.readString(file)).isEqualTo("a file, not a directory");
  }

  @Test
  void compile_previousBundle_isRefusedWithoutForceAndReplacedWithIt() throws IOException {
    Path bundle = tmp.resolve("bundle");
    assertThat(CliRun.compile("--memory", "2048", "-o", bundle.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(BundleWriter.isBundle(bundle)).as("the first compile wrote a recognisable bundle").isTrue();
    Map<String, String> first = BundleFiles.snapshot(bundle);

    CliRun refused = CliRun.compile("--memory", "8192", "-o", bundle.toString());

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.errLines()).hasSize(1);
    assertThat(refused.errLines().get(0))
        .startsWith("produce-compile: -o/--output: ").contains("already holds a produce bundle").contains("--force");
    assertThat(BundleFiles.snapshot(bundle)).isEqualTo(first);

    CliRun replaced = CliRun.compile("--memory", "8192", "-o", bundle.toString(), "--force");

    assertThat(replaced.exitCode()).as("stderr: %s", replaced.err()).isEqualTo(ExitCodes.OK);
    assertThat(BundleFiles.snapshot(bundle)).isNotEqualTo(first);
    assertThat(Files.readString(bundle.resolve("profile.json"))).contains("8192");
    assertThat(BundleFiles.names(tmp)).as("no old or staging directory left behind").containsExactly("bundle");
  }

  @Test
  void compile_parentOfOutputIsAFile_exits3NamingThePath() throws IOException {
    Path file = Files.writeString(tmp.resolve("file.txt"), "x");
    Path bundle = file.resolve("bundle");

    CliRun run = CliRun.compile("-o", bundle.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: cannot write " + bundle + "/: ");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void compile_environmentFailureWithStacktrace_printsTheTrace() throws IOException {
    Path file = Files.writeString(tmp.resolve("file.txt"), "x");

    CliRun run = CliRun.compile("--stacktrace", "-o", file.resolve("bundle").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: cannot write ");
    assertThat(run.err()).contains("\tat ");
  }

  private static String[] args(String option, String value, List<String> extra) {
    return Stream.concat(Stream.of(option, value), extra.stream())
        .toArray(String[]::new);
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
