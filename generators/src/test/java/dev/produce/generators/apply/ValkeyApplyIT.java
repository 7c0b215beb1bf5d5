package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.model.RedisProfile;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --cache valkey} on a systemd-booted Debian 13 server that runs Debian's Redis, as a server
 * moving from Redis to Valkey does: both listen on 6379, so the apply stops and disables
 * {@code redis-server}, installs {@code valkey.conf} and starts and enables {@code valkey-server}
 * (user valkey, Redis's sizing, loopback, no persistence); a restart keeps the values, a second
 * apply changes nothing, {@code --rollback} gives the port back to Redis, and an apply whose Valkey
 * cannot start leaves Redis serving as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SuiteClock.class)
class ValkeyApplyIT {
  private static final String CLI = "valkey-cli -h 127.0.0.1 -p 6379 ";
  private static final String FAILING_START = "/etc/systemd/system/valkey-server.service.d/produce-test-fail.conf";

  @TempDir
  Path hostDir;
  private Server server;
  private ServerProfile profile;
  private String bundle;
  private String stock;

  @BeforeAll
  void startServer() {
    server = new Server(ContainerTarget.of(Images.target(Images.Suite.TRIXIE)).systemd().start());
    profile = Profiles.compute(Inputs.builder().memoryMb(2048).cache(CacheBackend.VALKEY).build());
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Order(1)
  @Test
  void apply_onAServerRunningRedis_stopsAndDisablesRedis_andStartsValkeyWithTheComputedValues() throws Exception {
    assertUnit("redis-server", "active", "enabled");
    assertUnit("valkey-server", "inactive", "disabled");
    stock = servers();
    bundle = server.carry(Bundles.write(profile, hostDir, "valkey"));

    ExecResult dryRun = server.produceExpecting(0, bundle, "--dry-run");
    assertThat(dryRun.stdout()).contains("redis-server holds port 6379, which this bundle gives to valkey-server;"
        + " apply stops it and disables its unit");
    assertThat(servers()).as("--dry-run changed nothing").isEqualTo(stock);

    ExecResult applied = server.produceExpecting(0, bundle);

    assertThat(applied.stdout()).contains("valkey-server accepts /etc/valkey/valkey.conf",
        "stopped and disabled redis-server: redis-server holds port 6379", "started valkey-server",
        "rebuilding Drupal's caches", "produce: healthy: ");
    assertUnit("redis-server", "inactive", "disabled");
    assertUnit("valkey-server", "active", "enabled");
    assertValkeyValues("after the apply");
    assertThat(server.sh("ps -C valkey-server -o user= | sort -u").strip()).isEqualTo("valkey");
    assertThat(server.sh("stat -c '%U:%G %a' /etc/valkey/valkey.conf").strip()).isEqualTo("valkey:valkey 640");
    assertThat(server.sh("stat -c '%U:%G %a' /var/backups/produce/*/servers").strip()).isEqualTo("root:root 600");
  }

  @Order(2)
  @Test
  void restartOfValkey_keepsTheValues_secondApplyChangesNothing_andCheckSeesNoDrift() {
    server.sh("systemctl restart valkey-server");
    assertValkeyValues("after systemctl restart valkey-server");

    ExecResult again = server.produceExpecting(0, bundle);

    assertThat(again.stdout()).endsWith("produce: 0 files changed, 0 services reloaded\n");
    assertThat(server.produceExpecting(0, bundle, "--check").stdout())
        .contains("produce: the server matches the bundle");
  }

  @Order(3)
  @Test
  void redisEnabledAgainByHand_isDriftThatCheckReports() {
    server.sh("systemctl enable --quiet redis-server");

    ExecResult check = server.produce(bundle, "--check");

    assertThat(check.exitCode()).as(check.stdout()).isEqualTo(1);
    assertThat(check.stdout()).contains("drift: redis-server is enabled to take port 6379",
        "redis-server in the way");
    server.sh("systemctl disable --quiet redis-server");
  }

  @Order(4)
  @Test
  void rollback_givesThePortBackToRedis_asItWas() {
    ExecResult rolledBack = server.produceExpecting(0, bundle, "--rollback");

    assertThat(rolledBack.stdout()).contains("stopped valkey-server, which did not run before the apply",
        "started redis-server again, as it ran before the apply (enabled at boot)");
    assertThat(servers()).isEqualTo(stock);
    assertThat(server.sh("redis-cli -h 127.0.0.1 -p 6379 info server | tr -d '\\r'")).contains("redis_mode:standalone");
  }

  @Order(5)
  @Test
  void applyWhoseValkeyCannotStart_isRolledBack_withRedisServingAsBefore() {
    server.sh("mkdir -p " + FAILING_START.substring(0, FAILING_START.lastIndexOf('/'))
        + " && printf '[Service]\\nExecStartPre=/bin/false\\n' > " + FAILING_START + " && systemctl daemon-reload");
    try {
      ExecResult failed = server.produceExpecting(1, bundle);

      assertThat(failed.stdout()).as(failed.stderr()).contains("stopped and disabled redis-server",
          "restored /etc/valkey/valkey.conf", "started redis-server again, as it ran before the apply");
      assertThat(servers()).isEqualTo(stock);
      assertThat(server.sh("redis-cli -h 127.0.0.1 -p 6379 ping").strip()).isEqualTo("PONG");
    } finally {
      server.sh("rm -f " + FAILING_START + " && systemctl daemon-reload && systemctl reset-failed valkey-server || true");
    }
  }

  /** Both servers' units and Debian's files, for before/after comparisons. */
  private String servers() {
    return server.sh("for unit in redis-server valkey-server; do printf '%s %s %s\\n' $unit"
        + " \"$(systemctl is-active $unit)\" \"$(systemctl is-enabled $unit)\"; done;"
        + " stat -c '%n %U:%G %a' /etc/valkey/valkey.conf /etc/redis/redis.conf;"
        + " sha256sum /etc/valkey/valkey.conf /etc/redis/redis.conf; true");
  }

  private void assertUnit(String unit, String active, String enabled) {
    assertThat(server.container().exec("systemctl", "is-active", unit).stdout().strip()).as("%s", unit)
        .isEqualTo(active);
    assertThat(server.container().exec("systemctl", "is-enabled", unit).stdout().strip()).as("%s", unit)
        .isEqualTo(enabled);
  }

  private void assertValkeyValues(String context) {
    RedisProfile valkey = profile.redis().orElseThrow();
    assertThat(server.sh(CLI + "info server | tr -d '\\r'")).as(context).contains("server_mode:standalone");
    assertThat(server.sh(CLI + "config get maxmemory | sed -n 2p").strip()).as(context)
        .isEqualTo(String.valueOf(valkey.maxmemoryBytes()));
    assertThat(server.sh(CLI + "config get maxmemory-policy | sed -n 2p").strip()).isEqualTo("volatile-lru");
    assertThat(server.sh(CLI + "config get save | sed -n 2p").strip()).isEmpty();
    assertThat(server.sh(CLI + "config get appendonly | sed -n 2p").strip()).isEqualTo("no");
    assertThat(server.sh(CLI + "config get protected-mode | sed -n 2p").strip()).isEqualTo("yes");
    assertThat(server.sh(CLI + "config get bind | sed -n 2p").strip()).isEqualTo(valkey.bind());
  }
}
