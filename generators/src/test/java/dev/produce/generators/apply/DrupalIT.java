package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.verifier.target.ExecResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Drupal wiring on one server: settings.php includes the fragment once however often produce
 * runs, stays valid PHP, keeps its owner and mode, and bootstraps with the default cache backend
 * until the contrib module's services file exists, then with the module's backend; never fatally.
 */
@ExtendWith(SuiteClock.class)
class DrupalIT {
  private static final String SITE = "/var/www/drupal/web";
  private static final String SETTINGS = SITE + "/sites/default/settings.php";
  /** Loads settings.php the way Drupal's kernel does and prints the default cache backend. */
  private static final String BOOTSTRAP = "$app_root = '" + SITE + "'; $site_path = 'sites/default';"
      + " $settings = []; $databases = []; require $app_root . '/' . $site_path . '/settings.php';"
      + " echo $settings['cache']['default'] ?? 'database';";

  @TempDir
  Path hostDir;

  @Test
  void settingsPhp_switchesBackendOnlyWithTheModule_forRedisThenMemcache() throws Exception {
    try (Server server = Server.target()) {
      String ownerAndMode = server.sh("stat -c '%U:%G %a' " + SETTINGS);
      String redis = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));
      server.produceExpecting(0, redis);
      server.produceExpecting(0, redis);

      assertIncludedOnceAndValid(server, ownerAndMode);
      assertThat(bootstrap(server)).as("redis module absent").isEqualTo("database");
      server.sh("mkdir -p " + SITE + "/modules/contrib/redis && touch " + SITE
          + "/modules/contrib/redis/redis.services.yml");
      assertThat(bootstrap(server)).as("redis module present").isEqualTo("cache.backend.redis");
      assertSiteAnswers(server);

      String memcache = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.MEMCACHE), hostDir,
          "memcache"));
      ExecResult switched = server.produceExpecting(0, memcache);

      assertThat(switched.stdout()).contains("installed " + SITE + "/sites/default/settings.produce.php",
          "unchanged: " + SETTINGS + " (includes settings.produce.php)", "reloaded php8.2-fpm");
      assertIncludedOnceAndValid(server, ownerAndMode);
      assertThat(bootstrap(server)).as("memcache module absent").isEqualTo("database");
      server.sh("mkdir -p " + SITE + "/modules/contrib/memcache && touch " + SITE
          + "/modules/contrib/memcache/memcache.services.yml");
      assertThat(bootstrap(server)).as("memcache module present").isEqualTo("cache.backend.memcache");
      assertSiteAnswers(server);
    }
  }

  private static void assertIncludedOnceAndValid(Server server, String ownerAndMode) {
    assertThat(server.sh("grep -c '^// BEGIN produce' " + SETTINGS).strip()).isEqualTo("1");
    assertThat(server.sh("grep -c '^// END produce' " + SETTINGS).strip()).isEqualTo("1");
    assertThat(server.sh("php -l " + SETTINGS)).contains("No syntax errors detected");
    assertThat(server.sh("stat -c '%U:%G %a' " + SETTINGS)).isEqualTo(ownerAndMode);
    assertThat(server.sh("stat -c '%U:%G %a' " + SITE + "/sites/default/settings.produce.php"))
        .isEqualTo("root:www-data 640\n");
  }

  /** Bootstraps settings.php as PHP-FPM's user would read it; fails on any error. */
  private static String bootstrap(Server server) {
    ExecResult result = server.container().exec("setpriv", "--reuid=33", "--regid=33", "--init-groups",
        "php", "-d", "display_errors=stderr", "-r", BOOTSTRAP);
    assertThat(result.exitCode()).as("bootstrap of settings.php: %s", result.stderr()).isZero();
    assertThat(result.stderr()).as("bootstrap warnings").isEmpty();
    return result.stdout().strip();
  }

  private static void assertSiteAnswers(Server server) {
    assertThat(server.sh("curl -sS -w ' %{http_code}' http://127.0.0.1/")).contains("settings: ok").endsWith(" 200");
  }
}
