package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.PhpPaths;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ExecResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dry-run, refusals, failures that restore everything, and rollback; a fresh server per test, on every
 * {@link ItPlatform} (under systemd Debian's daemons run from boot; without it none runs until started).
 */
@ExtendWith(SuiteClock.class)
@EveryPlatform
class FaultsIT {
  private static final PhpPaths PHP = ItPlatform.current().php();
  /** The pool file inside a bundle, e.g. {@code files/etc/php/8.2/fpm/pool.d/www.conf}. */
  private static final String BUNDLED_POOL = "files" + PHP.wwwPool();

  @TempDir
  Path hostDir;

  @Test
  void dryRun_printsDiffsWithoutSecrets_andChangesNothing() throws Exception {
    try (Server server = Server.target()) {
      String before = server.snapshot();
      Map<String, String> pids = server.daemonPids();
      String bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));

      ExecResult dryRun = server.produceExpecting(0, bundle, "--dry-run");

      assertThat(dryRun.stdout()).contains("--- /etc/redis/redis.conf", "+maxmemory 192mb",
          "+// BEGIN produce", "produce: dry run: 7 files would change", "nothing was changed")
          .doesNotContain("hash_salt", "$databases");
      assertThat(server.snapshot()).isEqualTo(before);
      assertThat(server.hasBackups()).isFalse();
      assertThat(server.daemonPids()).as("no daemon started, stopped or restarted").isEqualTo(pids);
    }
  }

  @Test
  void tamperedBundle_isRefusedAndNothingChanges() throws Exception {
    try (Server server = Server.target()) {
      String before = server.snapshot();
      Path written = Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "tampered");
      BundleTampering.append(written, BUNDLED_POOL, "pm.max_children = 500\n");
      String bundle = server.carry(written);

      ExecResult refused = server.produceExpecting(3, bundle);

      assertThat(refused.stderr()).contains("the bundle is damaged or was modified; nothing was changed",
          BUNDLED_POOL + ": FAILED");
      assertThat(server.snapshot()).isEqualTo(before);
      assertThat(server.hasBackups()).isFalse();
    }
  }

  @Test
  void brokenConfigurations_failValidation_andLeaveEveryFileAndServiceAsBefore() throws Exception {
    try (Server server = Server.target()) {
      ServerProfile good = Bundles.profile(2048, CacheBackend.REDIS);
      server.produceExpecting(0, server.carry(Bundles.write(good, hostDir, "good")));
      String before = server.snapshot();
      Map<String, String> pids = server.daemonPids();

      Path brokenNginx = Bundles.write(Bundles.profile(4096, CacheBackend.REDIS), hostDir, "broken-nginx");
      BundleTampering.append(brokenNginx, "files/etc/nginx/conf.d/performance.conf", "bogus_directive on;\n");
      BundleTampering.resign(brokenNginx);
      ExecResult failed = server.produceExpecting(1, server.carry(brokenNginx));

      assertThat(failed.stderr()).contains("nginx -t failed", "unknown directive \"bogus_directive\"",
          "apply failed");
      assertThat(failed.stdout()).contains("restored /etc/redis/redis.conf", "restored " + PHP.wwwPool());
      assertThat(server.snapshot()).isEqualTo(before);
      assertThat(server.daemonPids()).isEqualTo(pids);
      ServiceProbes.assertServing(server, good, "after a failed nginx apply");

      Path brokenRedis = Bundles.write(Bundles.profile(1024, CacheBackend.REDIS), hostDir, "broken-redis");
      BundleTampering.append(brokenRedis, "files/etc/redis/redis.conf", "maxmemory-policy sometimes\n");
      BundleTampering.resign(brokenRedis);
      ExecResult refusedByRedis = server.produceExpecting(1, server.carry(brokenRedis));

      assertThat(refusedByRedis.stderr()).contains("redis-server refused /etc/redis/redis.conf");
      assertThat(server.snapshot()).isEqualTo(before);
      assertThat(server.daemonPids()).isEqualTo(pids);
    }
  }

  @Test
  void failedHealthCheck_restoresTheFiles_andRestartsTheServicesWithThem() throws Exception {
    try (Server server = Server.target()) {
      ServerProfile good = Bundles.profile(2048, CacheBackend.REDIS);
      server.produceExpecting(0, server.carry(Bundles.write(good, hostDir, "good")));
      String before = server.snapshot();
      Map<String, String> pids = server.daemonPids();

      // A valid configuration (the throwaway instance accepts it) on which redis no longer answers on 6379.
      Path elsewhere = Bundles.write(Bundles.profile(1024, CacheBackend.REDIS), hostDir, "redis-elsewhere");
      BundleTampering.replaceLine(elsewhere, "files/etc/redis/redis.conf", "port 6379", "port 6380");
      BundleTampering.resign(elsewhere);
      ExecResult failed = server.produceExpecting(1, server.carry(elsewhere));

      assertThat(failed.stdout()).contains("redis-server accepts /etc/redis/redis.conf", "restarted redis-server",
          "restored /etc/redis/redis.conf", "restarted redis-server with the restored files",
          "reloaded " + PHP.fpmService() + " with the restored files", "reloaded nginx with the restored files");
      assertThat(failed.stderr()).contains("unhealthy: redis-server", "health checks failed");
      assertThat(server.snapshot()).isEqualTo(before);
      ServiceProbes.assertServing(server, good, "after a failed health check");
      // nginx reloads in place; PHP-FPM re-executes (and, daemonized, forks a new master); redis restarted.
      Map<String, String> after = server.daemonPids();
      assertThat(after.get("nginx")).isEqualTo(pids.get("nginx"));
      assertThat(after.get(PHP.fpmBinary())).isNotEmpty();
      assertThat(after.get("redis-server")).isNotEmpty().isNotEqualTo(pids.get("redis-server"));
    }
  }

  @Test
  void rollback_restoresEachEarlierStateByteForByte() throws Exception {
    try (Server server = Server.target()) {
      String stock = server.snapshot();
      server.produceExpecting(0, server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir,
          "redis")));
      String afterRedis = server.snapshot();
      server.produceExpecting(0, server.carry(Bundles.write(Bundles.profile(4096, CacheBackend.MEMCACHE), hostDir,
          "memcache")));
      String bundle = "/opt/bundles/memcache";

      ExecResult first = server.produceExpecting(0, bundle, "--rollback");
      assertThat(server.snapshot()).as("after one rollback: the redis bundle's files").isEqualTo(afterRedis);
      assertThat(first.stdout()).contains("restored /etc/memcached.conf", "files restored");

      ExecResult second = server.produceExpecting(0, bundle, "--rollback");
      assertThat(server.snapshot()).as("after two rollbacks: Debian's stock files").isEqualTo(stock);
      assertThat(second.stdout()).contains("removed /etc/nginx/conf.d/performance.conf (it did not exist before)");
      assertThat(server.sh("grep -c 'BEGIN produce' /var/www/drupal/web/sites/default/settings.php || true").strip())
          .isEqualTo("0");

      ExecResult third = server.produceExpecting(0, bundle, "--rollback");
      assertThat(third.stdout()).contains("nothing to roll back");
      assertThat(server.sh("find /var/backups/produce -type d -printf '%m %u\\n' | sort -u"))
          .as("backup directories are root's alone").isEqualTo("700 root\n");
      assertThat(server.sh("find /var/backups/produce -type f -printf '%m %u\\n' | sort -u"))
          .as("backup files are root's alone: settings.php holds credentials").isEqualTo("600 root\n");
    }
  }
}
