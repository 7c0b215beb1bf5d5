package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ExecResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** --performance-only and --no-performance change only their part of the server. */
@ExtendWith(SuiteClock.class)
class ScopesIT {
  private static final String SETTINGS = "/var/www/drupal/web/sites/default/settings.php";

  @TempDir
  Path hostDir;

  @Test
  void performanceOnly_tunesPhpAndNginx_andLeavesCachesAndDrupalAlone() throws Exception {
    try (Server server = Server.target()) {
      String settingsBefore = server.sh("sha256sum " + SETTINGS + " /etc/redis/redis.conf /etc/memcached.conf");
      ServerProfile profile = Bundles.performanceOnly(2048);
      String bundle = server.carry(Bundles.write(profile, hostDir, "performance-only"));

      ExecResult applied = server.produceExpecting(0, bundle);

      assertThat(applied.stdout()).contains("4 files changed, 2 services reloaded")
          .doesNotContain("setup_redis", "configure_drupal");
      ServiceProbes.assertServing(server, profile, "--performance-only");
      assertThat(server.sh("sha256sum " + SETTINGS + " /etc/redis/redis.conf /etc/memcached.conf"))
          .isEqualTo(settingsBefore);
      assertThat(server.daemonPids()).containsEntry("redis-server", "").containsEntry("memcached", "");
      assertThat(server.produceExpecting(0, bundle).stdout()).endsWith("0 files changed, 0 services reloaded\n");
    }
  }

  @Test
  void noPerformance_wiresTheCache_andLeavesPhpFpmPoolAndNginxAlone() throws Exception {
    try (Server server = Server.target()) {
      String tuningBefore = server.sh("sha256sum /etc/php/8.2/fpm/pool.d/www.conf; ls /etc/nginx/conf.d");
      ServerProfile profile = Bundles.cacheOnly(2048, CacheBackend.REDIS);
      String bundle = server.carry(Bundles.write(profile, hostDir, "no-performance"));

      ExecResult applied = server.produceExpecting(0, bundle);

      assertThat(applied.stdout()).contains("3 files changed, 2 services reloaded", "started redis-server",
          "started php8.2-fpm").doesNotContain("tune_");
      assertThat(server.sh("sha256sum /etc/php/8.2/fpm/pool.d/www.conf; ls /etc/nginx/conf.d"))
          .isEqualTo(tuningBefore);
      assertThat(server.sh("redis-cli ping").strip()).isEqualTo("PONG");
      assertThat(server.sh("grep -c 'BEGIN produce' " + SETTINGS).strip()).isEqualTo("1");
      assertThat(server.daemonPids().get("nginx")).as("nginx is not part of the bundle").isEmpty();
      assertThat(server.produceExpecting(0, bundle).stdout()).endsWith("0 files changed, 0 services reloaded\n");
    }
  }
}
