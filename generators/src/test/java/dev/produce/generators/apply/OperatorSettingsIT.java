package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.verifier.container.ExecResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server its operator hardened (a Redis password, a disabled FLUSHALL, an ACL user, a database
 * password in the PHP-FPM pool's environment) keeps that hardening through an apply, and a server
 * whose nginx listens on 8080 only is health-checked where it listens. One server, in order: the
 * Redis and PHP-FPM cases end with a rollback that restores the hardened files byte for byte, then
 * the site moves to port 8080.
 */
@ExtendWith(SuiteClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorSettingsIT {
  private static final String REDIS_PASSWORD = "s3cret-redis-pw";
  private static final String ACL_PASSWORD = "opspw-acl-0815";
  private static final String DB_PASSWORD = "s3cret-db-pw";
  private static final String POOL = "/etc/php/8.2/fpm/pool.d/www.conf";
  private static final String SITE = "/etc/nginx/sites-available/drupal";

  private static Path hostDir;
  private static Server server;
  private static String bundle;
  private static String hardened;

  @BeforeAll
  static void hardenTheServer() throws Exception {
    hostDir = Files.createTempDirectory("operator-settings");
    server = Server.target();
    server.sh("printf '%s\\n' 'requirepass " + REDIS_PASSWORD + "' 'rename-command FLUSHALL \"\"'"
        + " 'user ops on >" + ACL_PASSWORD + " ~* +@all' >>/etc/redis/redis.conf");
    server.sh("printf '%s\\n' 'env[DB_PASSWORD] = " + DB_PASSWORD + "' >>" + POOL);
    bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));
    hardened = server.snapshot();
  }

  @AfterAll
  static void stopTheServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void dryRun_saysWhichSettingsItKeeps_withoutTheirSecrets() {
    ExecResult dryRun = server.produceExpecting(0, bundle, "--dry-run");

    assertThat(dryRun.stdout()).contains("keeping 3 operator settings from /etc/redis/redis.conf",
        "requirepass <redacted>", "rename-command FLUSHALL \"\"", "keeping 1 operator setting from " + POOL,
        "env[DB_PASSWORD] = <redacted>", "+# --- kept from the server's previous file by produce");
    assertNoSecret(dryRun);
    assertThat(server.snapshot()).isEqualTo(hardened);
  }

  @Test
  @Order(2)
  void apply_keepsThePassword_theDisabledCommand_theAclUser_andThePoolEnvironment() {
    ExecResult apply = server.produceExpecting(0, bundle);

    assertThat(apply.stdout()).contains("healthy: redis-server (PING answered PONG on 127.0.0.1:6379,"
        + " authenticated with the requirepass of /etc/redis/redis.conf)", "throwaway instance answered PONG,"
        + " authenticated");
    assertNoSecret(apply);
    assertThat(server.sh("redis-cli -h 127.0.0.1 ping 2>&1").strip()).startsWith("NOAUTH");
    assertThat(server.sh("REDISCLI_AUTH=" + REDIS_PASSWORD + " redis-cli -h 127.0.0.1 ping").strip())
        .isEqualTo("PONG");
    assertThat(server.sh("REDISCLI_AUTH=" + REDIS_PASSWORD + " redis-cli -h 127.0.0.1 flushall 2>&1"))
        .contains("unknown command");
    assertThat(server.sh("redis-cli -h 127.0.0.1 --user ops --pass " + ACL_PASSWORD + " ping 2>/dev/null").strip())
        .isEqualTo("PONG");
    assertThat(server.sh("grep -c 'maxmemory 192mb' /etc/redis/redis.conf").strip()).isEqualTo("1");
    assertThat(server.sh("grep -Fx 'env[DB_PASSWORD] = " + DB_PASSWORD + "' " + POOL).strip())
        .isEqualTo("env[DB_PASSWORD] = " + DB_PASSWORD);
    assertThat(server.sh("grep -c '^pm.max_children' " + POOL).strip()).isEqualTo("1");
  }

  @Test
  @Order(3)
  void secondApply_changesNothing_andCheckFindsNoDrift() {
    String applied = server.snapshot();

    ExecResult again = server.produceExpecting(0, bundle);
    ExecResult check = server.produceExpecting(0, bundle, "--check");

    assertThat(again.stdout()).endsWith("produce: 0 files changed, 0 services reloaded\n");
    assertThat(check.stdout()).contains("the server matches the bundle");
    assertNoSecret(again);
    assertNoSecret(check);
    assertThat(server.snapshot()).isEqualTo(applied);
  }

  @Test
  @Order(4)
  void rollback_restoresTheHardenedFilesByteForByte() {
    ExecResult rollback = server.produceExpecting(0, bundle, "--rollback");

    assertNoSecret(rollback);
    assertThat(server.snapshot()).isEqualTo(hardened);
  }

  @Test
  @Order(5)
  void nginxOn8080Only_isHealthCheckedWhereItListens() {
    server.sh("sed -i -e 's/listen 80 default_server;/listen 8080 default_server;/'"
        + " -e '/listen \\[::\\]:80/d' " + SITE + " && nginx -t 2>&1 && nginx -s reload"
        + " && for i in $(seq 100); do curl -s -o /dev/null http://127.0.0.1:8080/ && break; sleep 0.1; done"
        // a graceful reload: the old workers keep port 80 until they have finished
        + " && for i in $(seq 100); do curl -s -o /dev/null http://127.0.0.1:80/ || break; sleep 0.1; done");
    assertThat(server.container().shell("curl -s -o /dev/null http://127.0.0.1:80/").exitCode())
        .as("nothing answers on port 80 any more").isNotZero();

    ExecResult apply = server.produceExpecting(0, bundle);

    assertThat(apply.stdout()).contains("healthy: nginx (HTTP answered on 127.0.0.1:8080")
        .doesNotContain("127.0.0.1:80 ", "127.0.0.1:80)");
    assertThat(server.sh("curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/")).isEqualTo("200");
  }

  @Test
  @Order(6)
  void nginxThatStopsAnswering_isRolledBack() throws Exception {
    String before = server.snapshot();
    Path silent = Bundles.write(Bundles.profile(4096, CacheBackend.REDIS), hostDir, "nginx-silent");
    // Valid for nginx -t, but every request on the site is closed without an answer.
    BundleTampering.append(silent, "files/etc/nginx/snippets/produce-drupal.conf", "return 444;\n");
    BundleTampering.resign(silent);

    ExecResult failed = server.produceExpecting(1, server.carry(silent));

    assertThat(failed.stderr()).contains("unhealthy: nginx", "127.0.0.1:8080", "health checks failed");
    assertThat(failed.stdout()).contains("restored /etc/nginx/snippets/produce-drupal.conf");
    assertThat(server.snapshot()).isEqualTo(before);
    assertThat(server.sh("curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/")).isEqualTo("200");
  }

  @Test
  @Order(7)
  void aclWithTheDefaultUserOff_andNoRequirepass_countsNoauthAsAnswering_andSaysSo() throws Exception {
    server.sh("sed -i '/^requirepass /d' /etc/redis/redis.conf && echo 'user default off' >>/etc/redis/redis.conf");
    String acl = server.carry(Bundles.write(Bundles.profile(1024, CacheBackend.REDIS), hostDir, "acl"));

    ExecResult apply = server.produceExpecting(0, acl);

    assertThat(apply.stdout()).contains("keeping 3 operator settings from /etc/redis/redis.conf",
        "healthy: redis-server (PING answered NOAUTH on 127.0.0.1:6379: its ACL users need a password that"
            + " /etc/redis/redis.conf does not give; counted as answering)");
    assertNoSecret(apply);
    assertThat(server.sh("redis-cli -h 127.0.0.1 ping 2>&1").strip()).startsWith("NOAUTH");
    assertThat(server.sh("redis-cli -h 127.0.0.1 --user ops --pass " + ACL_PASSWORD + " ping 2>/dev/null").strip())
        .isEqualTo("PONG");
  }

  private static void assertNoSecret(ExecResult result) {
    assertThat(result.stdout() + result.stderr()).doesNotContain(REDIS_PASSWORD, ACL_PASSWORD, DB_PASSWORD);
  }
}
