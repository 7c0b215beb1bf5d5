package dev.produce.verifier.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.verifier.container.Images.Suite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The target and bare images of each Debian suite (built on first use, base image included, from
 * Debian's mirror): the versions users run (Debian 12: nginx 1.22, PHP 8.2, Redis 7; Debian 13:
 * nginx 1.26, PHP 8.4, Redis 8), a stock site served through the suite's PHP-FPM, and the same
 * server booted with systemd as PID 1, every stock unit running under Debian's sandboxing.
 */
class DebianSuitesIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "BOOKWORM, 12, nginx/1.22., Redis server v=7.",
      "TRIXIE,   13, nginx/1.26., Redis server v=8."})
  void targetImage_runsTheSuitesVersionsAndServesTheSite(Suite suite, String release, String nginx, String redis) {
    try (ContainerTarget target = ContainerTarget.of(Images.target(suite)).start()) {
      assertThat(target.readFile("/etc/debian_version")).startsWith(release + ".");
      assertThat(target.readFile("/etc/os-release")).contains("VERSION_CODENAME=" + suite.codename());
      assertThat(target.exec("nginx", "-v").stderr()).contains(nginx);
      assertThat(target.exec("redis-server", "--version").stdout()).contains(redis);
      assertThat(target.exec("memcached", "-h").stdout()).startsWith("memcached 1.6.");
      String fpm = "php-fpm" + suite.php();
      assertThat(target.exec(fpm, "-v").stdout()).startsWith("PHP " + suite.php() + ".");
      assertThat(target.exec("php", "-m").stdout().lines()).contains("redis", "memcached", "apcu", "sqlite3");
      assertThat(target.readFile("/etc/nginx/sites-enabled/drupal"))
          .contains("fastcgi_pass unix:/run/php/php" + suite.php() + "-fpm.sock;");

      ExecResult served = target.shell("service php" + suite.php() + "-fpm start && service nginx start"
          + " && curl -fsS http://localhost/");
      assertThat(served.exitCode()).as(served.stderr()).isZero();
      assertThat(served.stdout()).contains("produce fixture", "settings: ok");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"BOOKWORM", "TRIXIE"})
  void targetImage_bootsSystemdAsPid1_withEveryStockServiceRunning(Suite suite) {
    try (ContainerTarget target = ContainerTarget.of(Images.target(suite)).systemd().start()) {
      assertThat(target.readFile("/proc/1/comm").strip()).isEqualTo("systemd");
      String fpm = "php" + suite.php() + "-fpm";
      ExecResult active = target.exec("systemctl", "is-active", "nginx", fpm, "redis-server", "memcached");
      assertThat(active.stdout().lines()).as(active.stderr()).containsExactly("active", "active", "active", "active");
      assertThat(target.exec("systemctl", "show", "-p", "ProtectSystem", "--value", "redis-server").stdout().strip())
          .as("Debian's sandboxing of redis stays in force").isEqualTo("strict");

      ExecResult served = target.exec("curl", "-fsS", "http://localhost/");
      assertThat(served.exitCode()).as(served.stderr()).isZero();
      assertThat(served.stdout()).contains("settings: ok");
    }
  }

  @Test
  void offlineTarget_bootsSystemdToo_forTheOfflinePhase() {
    try (ContainerTarget target = ContainerTarget.of(Images.target(Suite.BOOKWORM)).offline().systemd().start()) {
      assertThat(target.readFile("/proc/1/comm").strip()).isEqualTo("systemd");
      assertThat(target.exec("systemctl", "is-active", "nginx", "redis-server").stdout().lines())
          .containsExactly("active", "active");
      assertThat(target.exec("sh", "-c", "ls /sys/class/net").stdout().strip()).isEqualTo("lo");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"BOOKWORM", "TRIXIE"})
  void bareImage_isTheSuiteWithoutServerPackages(Suite suite) {
    try (ContainerTarget bare = ContainerTarget.of(Images.bare(suite)).start()) {
      assertThat(bare.readFile("/etc/os-release")).contains("VERSION_CODENAME=" + suite.codename());
      assertThat(bare.exec("sh", "-c", "command -v nginx || command -v php || command -v redis-server").exitCode())
          .isNotZero();
      assertThat(bare.readFile("/etc/apt/sources.list"))
          .contains(suite.codename() + " main", suite.codename() + "-updates main", suite.codename() + "-security main");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"BOOKWORM", "TRIXIE"})
  void baseTag_isTheOneTheRecipePrints(Suite suite) throws Exception {
    Path script = Images.repoRoot().resolve("fixtures/images/base/build-base.sh");
    Process process = new ProcessBuilder("bash", script.toString(), "--print-tag", suite.codename()).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

    assertThat(process.waitFor()).isZero();
    assertThat(printed).isEqualTo(Images.base(suite)).startsWith("produce/base:" + suite.codename() + "-");
  }
}
