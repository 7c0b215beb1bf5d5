package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.MemcachedProfile;
import dev.produce.model.RedisProfile;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The apply's systemd path, for real: one target of the {@link ItPlatform}'s suite (Debian 13 or 12),
 * always booted with systemd as PID 1 whatever the platform says, on which a
 * memcache bundle and then a redis bundle are applied, every service restarted, a broken bundle rolled
 * back and the redis apply undone with {@code --rollback}. The tests run in order on the same server.
 */
@ExtendWith(SuiteClock.class)
@EveryPlatform
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SystemdApplyIT {
  /** The platform's PHP-FPM unit, e.g. {@code php8.4-fpm}. */
  private static final String FPM = ItPlatform.current().php().fpmService();
  /**
   * Test-only: keeps memcached's start limit in force for the whole test, as on a server whose stock
   * memcached has just hit it at boot (Debian's default window is 10 s, shorter than an apply).
   */
  private static final String START_LIMIT_DROP_IN = "/etc/systemd/system/memcached.service.d/produce-test-start-limit.conf";

  private static Server server;
  @TempDir
  static Path hostDir;
  private static ServerProfile memcache;
  private static ServerProfile redis;
  private static String memcacheBundle;
  private static String afterMemcache;

  @BeforeAll
  static void bootServer() {
    server = new Server(ContainerTarget.of(Images.target(ItPlatform.current().suite())).systemd().start());
    memcache = Bundles.profile(2048, CacheBackend.MEMCACHE);
    redis = Bundles.profile(4096, CacheBackend.REDIS);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void unitFailedAndDisabledBeforeTheApply_isStartedAndEnabledByIt_andEveryServiceIsActive() throws Exception {
    server.sh("mkdir -p " + START_LIMIT_DROP_IN.substring(0, START_LIMIT_DROP_IN.lastIndexOf('/'))
        + " && printf '[Unit]\\nStartLimitIntervalSec=1h\\nStartLimitBurst=2\\n' > " + START_LIMIT_DROP_IN
        + " && systemctl daemon-reload && systemctl disable --quiet memcached"
        + " && for i in 1 2 3 4; do systemctl kill -s KILL memcached; sleep 0.5; systemctl start memcached || true; done;"
        + " sleep 0.5; true");
    assertThat(server.container().exec("systemctl", "is-failed", "memcached").stdout().strip())
        .as("memcached before the apply").isEqualTo("failed");
    ExecResult refused = server.container().exec("systemctl", "start", "memcached");
    assertThat(refused.exitCode()).as("systemctl start memcached within its start limit: %s", refused.stderr()).isNotZero();

    memcacheBundle = server.carry(Bundles.write(memcache, hostDir, "memcache"));
    ExecResult applied = server.produceExpecting(0, memcacheBundle);

    assertThat(applied.stdout()).contains("started memcached", "enabled memcached: it starts at boot");
    assertActiveAndEnabled(List.of("nginx", FPM, "memcached"), "after the memcache apply");
    assertMemcacheValues("after the memcache apply");
    afterMemcache = server.snapshot();
  }

  @Test
  @Order(2)
  void restartOfEachService_keepsTheMemcacheBundlesValues() {
    for (String unit : List.of("nginx", FPM, "memcached")) {
      String before = mainPid(unit);
      server.sh("systemctl restart " + unit);
      assertThat(mainPid(unit)).as("%s restarted", unit).isNotEqualTo(before);
    }
    assertActiveAndEnabled(List.of("nginx", FPM, "memcached"), "after restarting each");
    assertMemcacheValues("after restarting each");

    // What a reboot does to /run: the directory is gone, and tmpfiles.d creates it before memcached starts.
    // (This test's drop-in keeps memcached's start limit, which the restarts above already used.)
    server.sh("systemctl stop memcached && rm -rf /run/memcached && systemd-tmpfiles --create"
        + " && systemctl reset-failed memcached && systemctl start memcached && for i in $(seq 50); do test -S " + EffectiveValues.MEMCACHED_SOCKET
        + " && break; sleep 0.1; done");
    assertThat(server.sh("stat -c '%a %U %G' /run/memcached " + EffectiveValues.MEMCACHED_SOCKET))
        .as("the socket's directory and the socket after a boot's tmpfiles.d")
        .isEqualTo("2750 memcache www-data\n660 memcache www-data\n");
    assertMemcacheValues("after /run was emptied as at boot");
  }

  @Test
  @Order(3)
  void redisApply_thenRestartOfEachService_keepsTheRedisBundlesValues() throws Exception {
    ExecResult applied = server.produceExpecting(0, server.carry(Bundles.write(redis, hostDir, "redis")));

    assertThat(applied.stdout()).contains("reloaded nginx", "reloaded " + FPM);
    assertActiveAndEnabled(List.of("nginx", FPM, "redis-server"), "after the redis apply");
    assertRedisValues("after the redis apply");
    for (String unit : List.of("nginx", FPM, "redis-server")) {
      String before = mainPid(unit);
      server.sh("systemctl restart " + unit);
      assertThat(mainPid(unit)).as("%s restarted", unit).isNotEqualTo(before);
    }
    assertActiveAndEnabled(List.of("nginx", FPM, "redis-server"), "after restarting each");
    assertRedisValues("after restarting each");
    ServiceProbes.assertServing(server, redis, "after restarting each service under systemd");
  }

  @Test
  @Order(4)
  void reboot_bringsEveryServiceBackWithTheRedisBundlesValues() throws Exception {
    server.container().restart();

    assertActiveAndEnabled(List.of("nginx", FPM, "redis-server"), "after a reboot");
    assertRedisValues("after a reboot");
    ServiceProbes.assertServing(server, redis, "after a reboot under systemd");
    assertThat(server.produceExpecting(0, server.carry(Bundles.write(redis, hostDir, "redis-after-reboot")),
        "--check").stdout()).contains("produce: the server matches the bundle");
  }

  @Test
  @Order(5)
  void brokenBundle_isRolledBack_withEveryServiceActiveAgain() throws Exception {
    String before = server.snapshot();
    // A valid configuration on which redis no longer answers on 6379: the health check fails after the restart.
    Path elsewhere = Bundles.write(Bundles.profile(1024, CacheBackend.REDIS), hostDir, "redis-elsewhere");
    BundleTampering.replaceLine(elsewhere, "files/etc/redis/redis.conf", "port 6379", "port 6380");
    BundleTampering.resign(elsewhere);

    ExecResult failed = server.produceExpecting(1, server.carry(elsewhere));

    assertThat(failed.stderr()).contains("unhealthy: redis-server", "health checks failed");
    assertThat(failed.stdout()).as(failed.stderr())
        .contains("restored /etc/redis/redis.conf", "restarted redis-server with the restored files");
    assertThat(server.snapshot()).isEqualTo(before);
    assertActiveAndEnabled(List.of("nginx", FPM, "redis-server"), "after the failed apply");
    assertRedisValues("after the failed apply");
  }

  @Test
  @Order(6)
  void configOutsideTheUnitsSandbox_failsOnlyUnderSystemd_andIsRolledBack() throws Exception {
    String before = server.snapshot();
    // A log file redis's own user may write, outside the unit's ReadWritePaths (ProtectSystem=strict): a
    // throwaway instance accepts it, the unit's redis cannot open it.
    server.sh("install -d -o redis -g redis -m 0750 /srv/redis-logs");
    Path outside = Bundles.write(Bundles.profile(1024, CacheBackend.REDIS), hostDir, "redis-outside-sandbox");
    BundleTampering.replaceLine(outside, "files/etc/redis/redis.conf", "logfile /var/log/redis/redis-server.log",
        "logfile /srv/redis-logs/redis-server.log");
    BundleTampering.resign(outside);

    ExecResult failed = server.produceExpecting(1, server.carry(outside));

    assertThat(failed.stderr()).as(failed.stdout())
        .contains("systemctl restart redis-server failed", "apply failed").doesNotContain("could not bring");
    assertThat(failed.stdout()).contains("redis-server accepts /etc/redis/redis.conf", "restored /etc/redis/redis.conf",
        "started redis-server with the restored files");
    assertThat(server.snapshot()).isEqualTo(before);
    assertActiveAndEnabled(List.of("nginx", FPM, "redis-server"), "after the failed apply");
    assertRedisValues("after the failed apply");
  }

  @Test
  @Order(7)
  void rollback_restoresTheMemcacheBundle_underSystemd() {
    ExecResult rolledBack = server.produceExpecting(0, memcacheBundle, "--rollback");

    assertThat(rolledBack.stdout()).contains("reloaded nginx");
    assertThat(server.snapshot()).isEqualTo(afterMemcache);
    assertActiveAndEnabled(List.of("nginx", FPM, "memcached"), "after --rollback");
    assertMemcacheValues("after --rollback");
  }

  private static void assertActiveAndEnabled(List<String> units, String context) {
    for (String unit : units) {
      assertThat(server.container().exec("systemctl", "is-active", unit).stdout().strip())
          .as("%s: systemctl is-active %s", context, unit).isEqualTo("active");
      assertThat(server.container().exec("systemctl", "is-enabled", unit).stdout().strip())
          .as("%s: systemctl is-enabled %s", context, unit).isEqualTo("enabled");
    }
  }

  private static String mainPid(String unit) {
    return server.sh("systemctl show -p MainPID --value " + unit).strip();
  }

  private static void assertMemcacheValues(String context) {
    MemcachedProfile memcached = memcache.memcached().orElseThrow();
    assertThat(new EffectiveValues(server).memcachedSettings()).as("%s: memcached stats settings", context)
        .containsAllEntriesOf(Map.of("maxbytes", String.valueOf(memcached.memoryBytes()),
            "maxconns", String.valueOf(memcached.maxConnections())));
    assertThat(new EffectiveValues(server).fpmPool()).as("%s: PHP-FPM -tt", context)
        .containsEntry("pm.max_children", String.valueOf(memcache.phpFpm().orElseThrow().maxChildren()));
  }

  private static void assertRedisValues(String context) {
    RedisProfile profile = redis.redis().orElseThrow();
    EffectiveValues effective = new EffectiveValues(server);
    assertThat(List.of(effective.redisConfig("maxmemory"), effective.redisConfig("maxmemory-policy")))
        .as("%s: redis CONFIG GET maxmemory, maxmemory-policy", context)
        .containsExactly(String.valueOf(profile.maxmemoryBytes()), profile.maxmemoryPolicy());
    assertThat(effective.fpmPool()).as("%s: PHP-FPM -tt", context)
        .containsEntry("pm.max_children", String.valueOf(redis.phpFpm().orElseThrow().maxChildren()));
  }
}
