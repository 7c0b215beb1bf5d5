package dev.produce.verifier.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of the fixture images and the container adapter (one target container for the class). */
class ContainerTargetIT {

  private static ContainerTarget target;

  @BeforeAll
  static void startTarget() {
    target = ContainerTarget.startTarget();
  }

  @AfterAll
  static void stopTarget() {
    if (target != null) {
      target.close();
    }
  }

  @Test
  void nginxAcceptsStockConfigWithDrupalVhost() {
    ExecResult result = target.exec("nginx", "-t");

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stderr()).contains("test is successful").doesNotContain("[warn]");
    assertThat(target.readFile("/etc/nginx/sites-enabled/drupal"))
        .contains("include snippets/produce-*.conf;")
        .contains("fastcgi_pass unix:/run/php/php8.2-fpm.sock;");
    assertThat(target.exec("test", "-e", "/etc/nginx/sites-enabled/default").exitCode()).isEqualTo(1);
  }

  @Test
  void phpFpmConfigTestPasses() {
    ExecResult result = target.exec("php-fpm8.2", "-t");

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout() + result.stderr()).contains("test is successful");
  }

  @Test
  void cacheDaemonsRun() {
    assertThat(target.exec("redis-server", "--version").stdout()).contains("Redis server v=7.");
    ExecResult memcached = target.exec("memcached", "-h");
    assertThat(memcached.exitCode()).isZero();
    assertThat(memcached.stdout()).startsWith("memcached 1.6");
  }

  @Test
  void phpCliLoadsCacheAndSqliteExtensions() {
    ExecResult modules = target.exec("php", "-m");

    assertThat(modules.exitCode()).isZero();
    assertThat(modules.stdout().lines()).contains("redis", "memcached", "apcu", "sqlite3");
  }

  @Test
  void noServiceRunsAndPid1IsAnInitButNotSystemd() {
    ExecResult processes = target.exec("ps", "-eo", "comm=");

    assertThat(processes.stdout().lines())
        .doesNotContain("nginx", "php-fpm8.2", "redis-server", "memcached", "systemd");
    assertThat(target.readFile("/proc/1/comm").strip()).isEqualTo("docker-init");
  }

  @Test
  void drupalSiteIsServedThroughPhpFpm() {
    ExecResult served = target.shell("service php8.2-fpm start && service nginx start"
        + " && curl -fsS http://localhost/ && curl -fsS -o /dev/null -w '%{http_code}' "
        + "'http://localhost/node/1?page=2'");
    try {
      assertThat(served.exitCode()).as(served.stderr()).isZero();
      assertThat(served.stdout()).contains("produce fixture", "settings: ok").endsWith("200");
      assertThat(target.exec("stat", "-c", "%a", "/etc", "/var/www/drupal/web/sites/default",
          "/var/www/drupal/web/sites/default/settings.php").stdout().lines())
          .containsExactly("755", "555", "444");
    } finally {
      target.shell("service nginx stop; service php8.2-fpm stop");
    }
  }

  @Test
  void copiedDirectoryKeepsExecBitAndRunsInItsWorkingDirectory(@TempDir Path tmp) throws Exception {
    Path bundle = tmp.resolve("bundle");
    Files.createDirectories(bundle.resolve("scripts/lib"));
    Files.createDirectories(bundle.resolve("empty"));
    Path produce = bundle.resolve("produce");
    Files.writeString(produce, "#!/bin/sh\necho \"applied in $(pwd) as $(id -un)\"\n");
    Files.setPosixFilePermissions(produce, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(bundle.resolve("scripts/lib/common.sh"), "x=1\n");

    target.copyIn(bundle, "/opt/bundle");

    assertThat(target.exec("stat", "-c", "%a %U %n", "/opt/bundle/produce",
        "/opt/bundle/scripts/lib/common.sh").stdout().lines())
        .containsExactly("755 root /opt/bundle/produce", "644 root /opt/bundle/scripts/lib/common.sh");
    assertThat(target.exec("test", "-d", "/opt/bundle/empty").exitCode()).isZero();
    ExecResult run = target.execIn("/opt/bundle", Duration.ofSeconds(30), "./produce");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).isEqualTo("applied in /opt/bundle as root\n");

    Path copiedBack = tmp.resolve("out/common.sh");
    target.copyOut("/opt/bundle/scripts/lib/common.sh", copiedBack);
    assertThat(copiedBack).hasContent("x=1");
  }

  @Test
  void execReportsExitCodeStderrAndTimeout() {
    ExecResult failed = target.shell("echo out; echo err >&2; exit 3");
    assertThat(failed.exitCode()).isEqualTo(3);
    assertThat(failed.stdout()).isEqualTo("out\n");
    assertThat(failed.stderr()).isEqualTo("err\n");

    ExecResult slow = target.exec(Duration.ofSeconds(1), "sleep", "30");
    assertThat(slow.timedOut()).isTrue();
    assertThat(slow.duration()).isLessThan(Duration.ofSeconds(10));

    assertThat(target.exec("no-such-command").exitCode()).isEqualTo(127);
    assertThatThrownBy(() -> target.readFile("/no/such/file")).isInstanceOf(TargetException.class);
  }

  @Test
  void bareImageLacksServerPackages() {
    try (ContainerTarget bare = ContainerTarget.startBare()) {
      ExecResult nginx = bare.shell("command -v nginx");
      assertThat(nginx.exitCode()).isNotZero();
      assertThat(bare.exec("dpkg-query", "-W", "nginx", "php8.2-fpm").exitCode()).isNotZero();
      assertThat(bare.readFile("/etc/os-release")).contains("bookworm");
    }
  }

  @Test
  void publishedPortServesTheSiteToTheHost() throws Exception {
    try (ContainerTarget served = ContainerTarget.of(Images.target()).exposePort(80).start()) {
      assertThat(served.shell("service php8.2-fpm start && service nginx start").exitCode()).isZero();
      URI uri = URI.create("http://" + served.host() + ":" + served.mappedPort(80) + "/");

      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("settings: ok");
    }
  }

  @Test
  void offlineContainerCannotReachDebianMirror() {
    try (ContainerTarget offline = ContainerTarget.of(Images.target()).offline().start()) {
      // The mirror the image's apt sources name (the one its packages came from).
      ExecResult fetch = offline.shell("curl -sS --max-time 5 -o /dev/null"
          + " \"$(awk '$1 == \"deb\" { print $2; exit }' /etc/apt/sources.list)\"");
      assertThat(fetch.exitCode()).as("curl exit code").isIn(6, 7, 28);
      assertThat(offline.exec("ls", "/sys/class/net").stdout().lines()).containsExactly("lo");
    }
  }
}
