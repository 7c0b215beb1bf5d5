package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input exits 2 with exactly one line on stderr that names the option and the
 * accepted values (plus the {@code --help} hint), prints no stack trace, and creates nothing.
 */
class CompileCommandInvalidInputTest {
  @TempDir Path tmp;

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad("--memory: must be between 512 and 1048576 MB (512M … 1T), was 256", "--memory", "256"),
        bad("--memory: must be between 512 and 1048576 MB (512M … 1T), was 0", "--memory", "0"),
        bad("--memory: must be a whole number of megabytes", "--memory", "-5"),
        bad("--memory: must be a whole number of megabytes", "--memory", "abc"),
        bad("--memory: must be a whole number of megabytes", "--memory", "4X"),
        bad("--memory: must be between 512 and 1048576 MB (512M … 1T), was 99999999999", "--memory", "99999999999"),
        bad("--memory: must be between 512 and 1048576 MB (512M … 1T), was 2097152", "--memory", "2T"),
        bad("--cpus: must be between 1 and 256, was 0", "--cpus", "0"),
        bad("--cpus: must be between 1 and 256, was -1", "--cpus", "-1"),
        bad("--cpus: must be between 1 and 256, was 100000", "--cpus", "100000"),
        bad("--cpus: must be between 1 and 256, was 99999999999", "--cpus", "99999999999"),
        bad("--cpus: must be a whole number between 1 and 256, was 'two'", "--cpus", "two"),
        bad("--cpus: must be a whole number between 1 and 256, was '1.5'", "--cpus", "1.5"),
        bad("--fpm-process-mb: must be between 16 and 2048 MB, was 0", "--fpm-process-mb", "0"),
        bad("--fpm-process-mb: must be between 16 and 2048 MB, was -64", "--fpm-process-mb", "-64"),
        bad("--fpm-process-mb: must be between 16 and 2048 MB, was 4096", "--fpm-process-mb", "4096"),
        bad("--fpm-process-mb: must be a whole number between 16 and 2048 MB, was 'big'", "--fpm-process-mb", "big"),
        bad("--fpm-process-mb: must be at most", "--memory", "1024", "--fpm-process-mb", "2000"),
        bad("--cache: must be one of redis|valkey|memcache|none, was 'mongodb'", "--cache", "mongodb"),
        bad("--cache: must be one of redis|valkey|memcache|none, was ''", "--cache", ""),
        bad("--cache: valkey needs --distro debian-13 (Debian 12 has it only in backports); choose --cache redis there",
            "--distro", "debian-12", "--cache", "valkey"),
        bad("--distro: must be one of debian-13|debian-12, was 'debian-11'", "--distro", "debian-11"),
        bad("--distro: must be one of debian-13|debian-12, was 'trixie'", "--distro", "trixie"),
        bad("--distro: must be one of debian-13|debian-12, was ''", "--distro", ""),
        bad("--php: must be one of 8.1|8.2|8.3|8.4, was '7.4'", "--php", "7.4"),
        bad("--php: must be one of 8.1|8.2|8.3|8.4 (form X.Y), was '8'", "--php", "8"),
        bad("--php: must be one of 8.1|8.2|8.3|8.4 (form X.Y), was 'abc'", "--php", "abc"),
        bad("--site-root: must be an absolute path", "--site-root", "var/www/drupal"),
        bad("without '.' or '..' segments, was '/var/www/../etc'", "--site-root", "/var/www/../etc"),
        bad("--site-root: must be an absolute path", "--site-root", "/"),
        bad("--performance-only: installs no cache backend, so it cannot be combined with --cache redis",
            "--performance-only", "--cache", "redis"),
        bad("--performance-only: cannot be combined with --no-performance", "--performance-only", "--no-performance"),
        bad("--no-performance: with --cache none leaves nothing to do", "--no-performance", "--cache", "none"),
        bad("--microcache: must be between 0 and 600 seconds (0 = off), was 601", "--microcache", "601"),
        bad("--microcache: must be between 0 and 600 seconds (0 = off), was -5", "--microcache", "-5"),
        bad("--microcache: must be a whole number between 0 and 600 seconds (0 = off), was '5s'", "--microcache", "5s"),
        bad("--microcache: is part of nginx's tuning, so it cannot be combined with --no-performance",
            "--no-performance", "--microcache", "5"),
        bad("--archive: must be a file name ending in .tar.gz or .tgz, was 'bundle.zip'", "--archive", "bundle.zip"),
        bad("--archive: must be a file name ending in .tar.gz or .tgz, was '.tgz'", "--archive", ".tgz"),
        bad("--memory: needs a value: Server RAM in MB, 512 to 1048576", "--memory"),
        bad("--cpus: needs a value: CPU cores, 1 to 256", "--cpus"),
        bad("--fpm-process-mb: needs a value: Average PHP-FPM worker size used for sizing, 16 to 2048 MB",
            "--fpm-process-mb"),
        bad("--memory: needs a value: Server RAM in MB", "--memory", "--cache", "none"),
        bad("Unknown option: '--bogus'", "--bogus"),
        bad("Unknown options: '--memroy', '4096' (did you mean --memory?)", "--memroy", "4096"),
        bad("Unmatched argument at index 2: '4096'", "4096"),
        bad("option '--memory' (MB) should be specified only once", "--memory", "4G", "--memory", "8G"));
  }

  /** {@code args} follow {@code -o <tmp>/bundle}, so a missing value at the end stays at the end. */
  private static Arguments bad(String expectedMessage, String... args) {
    return Arguments.of(expectedMessage, List.of(args));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badInputs")
  void compile_badInput_exits2WithOneLineNamingTheOptionAndCreatesNothing(String expectedMessage, List<String> args)
      throws IOException {
    List<String> argv = new ArrayList<>(List.of("-o", tmp.resolve("bundle").toString()));
    argv.addAll(args);

    CliRun run = CliRun.compile(argv.toArray(String[]::new));

    assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).as("stderr").hasSize(2);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: ").contains(expectedMessage);
    assertThat(run.errLines().get(1)).isEqualTo(CliRun.HINT);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).as("stdout").isEmpty();
    try (Stream<Path> created = Files.list(tmp)) {
      assertThat(created).as("files created in the temp dir").isEmpty();
    }
  }

  @Test
  void compile_overLongSiteRoot_statesTheLimit_andQuotesOnlyAnExcerpt() {
    String root = "/" + "a".repeat(4999);

    CliRun run = CliRun.compile("-o", tmp.resolve("bundle").toString(), "--site-root", root);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0))
        .startsWith("produce-compile: --site-root: must be at most 200 characters, was 5000 characters ('/aaa")
        .endsWith("… (5000 characters)')")
        .hasSizeLessThan(300);
    assertThat(tmp.resolve("bundle")).doesNotExist();
  }

  /** Every option whose value a message quotes: the quote is an excerpt, never the 5,000 characters given. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("quotedOptions")
  void compile_overLongValues_areQuotedAsExcerpts(String option) {
    CliRun run = CliRun.compile("-o", tmp.resolve("bundle").toString(), option, "9".repeat(5000) + "x");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: " + option + ": ").hasSizeLessThan(300)
        .contains("(5001 characters)");
  }

  static Stream<String> quotedOptions() {
    return Stream.of("--memory", "--cpus", "--php", "--cache", "--fpm-process-mb", "--microcache", "--archive");
  }

  @Test
  void compile_overLongUnknownOption_isCutToOneShortLine() {
    CliRun run = CliRun.compile("--" + "x".repeat(50_000));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: Unknown option: '--xxx").hasSizeLessThan(1100);
  }

  @Test
  void compile_memoryTooSmall_printsExactlyTheModelsMessage() {
    CliRun run = CliRun.compile("--memory", "256", "-o", tmp.resolve("bundle").toString());

    assertThat(run.errLines()).containsExactly(
        "produce-compile: --memory: must be between 512 and 1048576 MB (512M … 1T), was 256", CliRun.HINT);
  }

  @Test
  void compile_badInputWithStacktrace_printsTheTraceToo() {
    CliRun run = CliRun.compile("--stacktrace", "--cpus", "0", "-o", tmp.resolve("bundle").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).isEqualTo("produce-compile: --cpus: must be between 1 and 256, was 0");
    assertThat(run.err()).contains("InvalidInputException").contains("\tat ");
  }

  @Test
  void compile_archiveThatIsADirectory_exits2AndWritesNoBundle() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("old.tar.gz"));

    CliRun run = CliRun.compile("-o", tmp.resolve("bundle").toString(), "--archive", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: --archive: ").contains("is a directory");
    assertThat(tmp.resolve("bundle")).doesNotExist();
  }

  @Test
  void compile_archiveInsideTheBundle_exits2AndWritesNothing() {
    Path bundle = tmp.resolve("bundle");

    CliRun run = CliRun.compile("-o", bundle.toString(), "--archive", bundle.resolve("b.tgz").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: --archive: ").contains("inside the bundle");
    assertThat(bundle).doesNotExist();
  }
}
