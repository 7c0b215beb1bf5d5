package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.Derivation;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --explain} prints every computed value with its derivation; alone, it writes nothing. */
class CompileCommandExplainTest {
  @TempDir Path tmp;

  @Test
  void explain_withoutOutput_printsEveryDerivationAndWritesNothing() {
    List<Derivation> expected = Profiles.compute(
        Inputs.builder().memoryMb(16384).performanceOnly(true).build()).derivations();
    boolean defaultBundleExisted = Files.exists(Path.of("bundle"));

    CliRun run = CliRun.compile("--memory", "16G", "--performance-only", "--explain",
        "--archive", tmp.resolve("b.tar.gz").toString());

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    for (Derivation d : expected) {
      assertThat(run.out()).as("row of %s", d.key()).containsPattern(
          "(?m)^" + java.util.regex.Pattern.quote(d.key()) + " +" + java.util.regex.Pattern.quote(d.value()));
      assertThat(run.out()).contains(d.derivation());
    }
    assertThat(run.out()).contains("Nothing written (--explain without -o)");
    assertThat(BundleFiles.names(tmp)).as("no archive written").isEmpty();
    assertThat(Files.exists(Path.of("bundle"))).as("no default ./bundle written").isEqualTo(defaultBundleExisted);
  }

  @Test
  void explain_showsTheCanonicalCommandFirst() {
    CliRun run = CliRun.compile("--memory", "4G", "--cache", "memcache", "--explain");

    assertThat(run.outLines().get(0)).isEqualTo("Derivations for: "
        + Inputs.builder().memoryMb(4096).cache(CacheBackend.MEMCACHE).build().toCommandLine());
    assertThat(run.outLines().get(1)).startsWith("key ").contains(" value ").endsWith(" derivation");
  }

  @Test
  void explain_withMicrocache_explainsTheZoneAndStatesTheTradeOff() {
    CliRun run = CliRun.compile("--memory", "4G", "--microcache", "5", "--explain");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--fpm-process-mb 64 --microcache 5", "memory.microcache_zone", "8 MB",
        "nginx.microcache.valid", "Trade-off of --microcache 5:", "up to 5 s later");
    assertThat(run.out()).doesNotContain("off (--microcache 0)");
  }

  @Test
  void explain_withoutMicrocache_saysItIsOff_withItsGainAndPrice() {
    String out = CliRun.compile("--memory", "4G", "--cache", "redis", "--explain").out();

    assertThat(out).contains("nginx.microcache", "off (--microcache 0)", "opt-in because anonymous visitors then see"
        + " a page up to SECONDS old", "ADR 0012").doesNotContain("nginx.microcache.valid", "memory.microcache_zone");
  }

  @Test
  void explain_namesTheOperatorSettingsKeptFromTheServer() {
    CliRun run = CliRun.compile("--memory", "2G", "--explain");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("(?m)^redis\\.kept_from_server +requirepass, masterauth, masteruser,"
        + " rename-command, user, aclfile").contains("kept from the server's /etc/redis/redis.conf: its password")
        .containsPattern("(?m)^php_fpm\\.kept_from_server +env\\[…\\], php_value\\[…\\]");
    assertThat(CliRun.compile("--memory", "2G", "--cache", "memcache", "--explain").out())
        .doesNotContain("redis.kept_from_server").contains("php_fpm.kept_from_server");
  }

  @Test
  void explain_namesTheDistroItsVersions_andWhatDiffersBetweenDistros() {
    String trixie = CliRun.compile("--explain").out();
    String bookworm = CliRun.compile("--distro", "debian-12", "--explain").out();

    assertThat(trixie).startsWith("Derivations for: produce-compile --distro debian-13 ")
        .containsPattern("(?m)^distro +debian-13 +--distro \\(default debian-13\\): Debian 13 \\(trixie\\)"
            + " packages nginx 1\\.26, PHP 8\\.4, Redis 8\\.0, Valkey 8\\.1, memcached 1\\.6\\.38 and phpredis 6\\.2")
        .containsPattern("(?m)^distro\\.php +8\\.4 +--php defaults to the distro's own PHP")
        .containsPattern("(?m)^php\\.opcache\\.jit_buffer_size +0 +no JIT buffer: PHP 8\\.4 changed its default");
    assertThat(bookworm).contains("--distro debian-12 ").contains("--php 8.2 ")
        .containsPattern("(?m)^distro +debian-12 .*Redis 7\\.0 \\(Valkey only in backports\\)");
    assertThat(trixie).doesNotContain("must come from elsewhere");
  }

  @Test
  void explain_withAnotherPhp_saysItsPackagesMustComeFromElsewhere() {
    CliRun run = CliRun.compile("--php", "8.3", "--explain");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("(?m)^distro\\.php +8\\.3 +not debian-13's own PHP \\(8\\.4\\)")
        .contains("PHP 8.3 is not debian-13's own (8.4): php8.3-fpm and its extensions must come from elsewhere");
  }

  @Test
  void explain_valkey_namesValkeysPaths() {
    CliRun run = CliRun.compile("--cache", "valkey", "--explain");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("--cache valkey", "kept from the server's /etc/valkey/valkey.conf",
        "Valkey's own overhead");
  }

  @Test
  void explain_withOutput_printsAndWritesTheBundle() {
    Path bundle = tmp.resolve("bundle");

    CliRun run = CliRun.compile("--explain", "-o", bundle.toString());

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("memory.total").contains("Wrote " + bundle + "/").doesNotContain("Nothing written");
    assertThat(bundle.resolve("SHA256SUMS")).isRegularFile();
  }
}
