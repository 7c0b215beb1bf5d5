package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #20, item 1: no edit is lost across a cache backend switch. On the switch fixture
 * ({@code fixtures/switch-site}: entity cache rows not tagged per node, saves that delete the row in
 * the backend in use only, an unrelated save that writes the loaded title back), an edit made on
 * Redis survives {@code --rollback} and an unrelated save; an edit made on memcached survives a
 * switch to memcached and back. With the site's drush, apply and rollback run {@code drush cache:rebuild} as the site's
 * owner; without it (or with a drush another user could have changed) they empty the Redis entries
 * and warn with the command to run.
 */
@ExtendWith(SuiteClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CacheSwitchIT {
  private static final String SITE_ROOT = "/var/www/drupal";
  private static final String DRUSH = SITE_ROOT + "/vendor/bin/drush";
  private static final String NODE = "http://127.0.0.1/node/1";
  private static final String REBUILD_COMMAND = "cd " + SITE_ROOT + " && sudo -u deploy vendor/bin/drush cache:rebuild";

  @TempDir
  static Path hostDir;

  private static Server server;
  private static String redis;

  @BeforeAll
  static void startServerWithTheSwitchFixture() throws Exception {
    server = Server.target();
    server.container().copyIn(Images.repoRoot().resolve("fixtures/switch-site"), "/opt/switch-site");
    server.sh("sh /opt/switch-site/install.sh && service php8.2-fpm start >/dev/null && service nginx start >/dev/null");
    redis = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void editOnRedis_survivesRollbackAndAnUnrelatedSave_withDrush() {
    assertThat(view()).isEqualTo("Original title");
    assertThat(backendHeader()).isEqualTo("cache.backend.database");

    ExecResult dryRun = server.produceExpecting(0, redis, "--dry-run");
    ExecResult applied = server.produceExpecting(0, redis);
    assertThat(backendHeader()).isEqualTo("cache.backend.redis");
    edit("Edited on Redis");
    assertThat(view()).isEqualTo("Edited on Redis");
    ExecResult rolledBack = server.produceExpecting(0, redis, "--rollback");
    unrelatedSave();

    assertThat(storedTitle()).as("the title in node_field_data after rollback and an unrelated save")
        .isEqualTo("Edited on Redis");
    assertThat(view()).isEqualTo("Edited on Redis");
    assertThat(dryRun.stdout()).contains("rebuilds Drupal's caches with " + DRUSH + " cache:rebuild as deploy");
    for (ExecResult switched : new ExecResult[] {applied, rolledBack}) {
      assertThat(switched.stdout()).contains("Drupal's cache backend changed", "emptied Redis on 127.0.0.1:6379",
          "rebuilt Drupal's caches: " + DRUSH + " cache:rebuild as deploy in " + SITE_ROOT);
      assertThat(switched.stderr()).doesNotContain("caches were not rebuilt");
    }
    assertThat(server.sh("cut -d' ' -f1,2 " + SITE_ROOT + "/private/drush.log | sort -u"))
        .as("drush ran as the site's owner, never root").isEqualTo("cache:rebuild uid=" + deployUid() + "\n");
  }

  /**
   * Redis keeps running while the site switches to memcached and back (neither bundle restarts the
   * other's daemon), so the entry Redis cached before the switch is still there on the way back.
   */
  @Test
  @Order(2)
  void editOnMemcached_survivesRollbackToRedis_withoutDrush_andEachSwitchWarns() throws Exception {
    String memcache = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.MEMCACHE), hostDir, "memcache"));
    edit("Edited before the second apply");
    // A drush that www-data could have swapped is never run.
    server.sh("mv " + DRUSH + " " + SITE_ROOT + "/vendor/drush.real && ln -s ../drush.real " + DRUSH
        + " && chown -h www-data " + DRUSH);
    ExecResult toRedis = server.produceExpecting(0, redis);
    assertThat(view()).isEqualTo("Edited before the second apply");
    assertThat(redisKeys()).contains("produce_var_www_drupal:entity:values:node:1");
    server.sh("rm -f " + DRUSH);
    ExecResult dryRun = server.produceExpecting(0, memcache, "--dry-run");
    ExecResult toMemcache = server.produceExpecting(0, memcache);
    String keysOnMemcache = redisKeys();
    assertThat(backendHeader()).isEqualTo("cache.backend.memcache");
    edit("Edited on memcached");
    ExecResult backToRedis = server.produceExpecting(0, memcache, "--rollback");
    assertThat(backendHeader()).isEqualTo("cache.backend.redis");
    unrelatedSave();

    assertThat(storedTitle()).as("the title in node_field_data after rollback to Redis and an unrelated save")
        .isEqualTo("Edited on memcached");
    assertThat(keysOnMemcache).as("Redis, the old backend, was emptied").doesNotContain("values:node:1");
    assertThat(toRedis.stderr()).contains("produce does not run " + DRUSH);
    assertThat(toMemcache.stderr()).contains("no drush in " + SITE_ROOT + "/vendor/bin or on PATH");
    assertThat(toMemcache.stdout()).contains("emptied Redis on 127.0.0.1:6379",
        "emptied memcached on /run/memcached/memcached.sock (flush_all)");
    assertThat(backToRedis.stdout()).contains("emptied Redis on 127.0.0.1:6379").containsPattern(
        "emptied memcached on /run/memcached/memcached.sock \\(flush_all\\)|memcached no longer listens on"
            + " /run/memcached/memcached.sock");
    for (ExecResult switched : new ExecResult[] {toRedis, toMemcache, backToRedis}) {
      assertThat(switched.stderr()).contains("warning: Drupal's caches were not rebuilt", REBUILD_COMMAND);
    }
    assertThat(dryRun.stdout()).contains("you must then run `" + REBUILD_COMMAND + "`");
    assertThat(server.sh("grep -c . " + SITE_ROOT + "/private/drush.log").strip()).as("drush runs").isEqualTo("2");

    // memcached's socket is for PHP-FPM's group: the site's owner, who runs drush, is told to join it.
    assertThat(toMemcache.stderr()).contains("deploy owns the site (and runs drush) but cannot reach memcached on"
        + " /run/memcached/memcached.sock", "usermod -a -G www-data deploy");
    server.sh("usermod -a -G www-data deploy");
    ExecResult inGroup = server.produceExpecting(0, memcache);
    assertThat(inGroup.stderr()).as("deploy in www-data reaches the socket").doesNotContain("cannot reach memcached");
    assertThat(backendHeader()).isEqualTo("cache.backend.memcache");
  }

  private static String backendHeader() {
    return server.sh("curl -sS -o /dev/null -D - " + NODE + " | sed -n 's/^X-Fixture-Cache-Backend: //p'").strip();
  }

  private static String view() {
    return server.sh("curl -sS -f " + NODE).strip();
  }

  private static void edit(String title) {
    server.sh("curl -sS -f --data-urlencode 'title=" + title + "' " + NODE + "/edit");
  }

  private static void unrelatedSave() {
    server.sh("curl -sS -f -X POST " + NODE + "/sticky");
  }

  private static String storedTitle() {
    return server.sh("php -r '$db = new PDO(\"sqlite:" + SITE_ROOT + "/private/site.sqlite\");"
        + " echo $db->query(\"SELECT title FROM node_field_data WHERE nid = 1\")->fetchColumn();'");
  }

  private static String redisKeys() {
    return server.sh("redis-cli --scan --pattern '*'");
  }

  private static String deployUid() {
    return server.sh("id -u deploy").strip();
  }
}
