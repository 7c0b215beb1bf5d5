package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.verifier.container.ExecResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Drupal wiring on one server: settings.php includes the fragment once however often produce
 * runs, stays valid PHP, keeps its owner and mode, and bootstraps with the default cache backend
 * until the contrib module's services file exists, then with the module's backend; never fatally.
 * Every bin resolves as Drupal resolves it ({@code drupal/cache-bins.php}): bootstrap, config and
 * discovery on the fast chained backend (APCu in front of the module's backend), the others on the
 * module's backend; with Redis, the service container's definition from APCu checked against Redis; the
 * same for PHP-FPM's user and for a deploy user running drush, who reads settings.php without a warning.
 */
@ExtendWith(SuiteClock.class)
class DrupalIT {
  private static final String SITE = "/var/www/drupal/web";
  private static final String SETTINGS = SITE + "/sites/default/settings.php";
  /** Loads settings.php the way Drupal's kernel does and prints the default cache backend. */
  private static final String BOOTSTRAP = "$app_root = '" + SITE + "'; $site_path = 'sites/default';"
      + " $settings = []; $databases = []; require $app_root . '/' . $site_path . '/settings.php';"
      + " echo $settings['cache']['default'] ?? 'database';";
  /** Prints "bin service backend" per bin as Drupal resolves them (a copy of drupal/cache-bins.php). */
  private static final String CACHE_BINS = "/opt/cache-bins.php";
  /** PHP-FPM's user, and a deploy user (not root, not www-data) that runs drush over the same site. */
  private static final String WEB_USER = "33";
  private static final String DEPLOY_USER = "2001";

  @TempDir
  Path hostDir;

  @Test
  void settingsPhp_switchesBackendOnlyWithTheModule_forRedisThenMemcache() throws Exception {
    try (Server server = Server.target()) {
      server.sh("useradd --uid " + DEPLOY_USER + " --user-group --create-home deploy");
      server.sh("printf '%s' '" + Base64.getEncoder().encodeToString(cacheBinsScript()) + "' | base64 -d > "
          + CACHE_BINS);
      String ownerAndMode = server.sh("stat -c '%U:%G %a' " + SETTINGS);
      String redis = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));
      server.produceExpecting(0, redis);
      server.produceExpecting(0, redis);

      assertThat(bootstrap(server)).as("redis module absent").isEqualTo("database");
      assertIncludedOnceAndValid(server, ownerAndMode);
      server.sh("mkdir -p " + SITE + "/modules/contrib/redis && touch " + SITE
          + "/modules/contrib/redis/redis.services.yml");
      assertThat(bootstrap(server)).as("redis module present").isEqualTo("cache.backend.redis");
      assertBinsAsDrupalResolvesThem(server, "cache.backend.redis", "cache.backend.redis",
          "bootstrap_container_definition chainedfast(Drupal\\Core\\Cache\\ApcuBackend>Drupal\\redis\\Cache\\PhpRedis)");
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
      assertBinsAsDrupalResolvesThem(server, "cache.backend.memcache", "cache.backend.database", "default database");
      assertSiteAnswers(server);
    }
  }

  private static void assertIncludedOnceAndValid(Server server, String ownerAndMode) {
    assertThat(server.sh("grep -c '^// BEGIN produce' " + SETTINGS).strip()).isEqualTo("1");
    assertThat(server.sh("grep -c '^// END produce' " + SETTINGS).strip()).isEqualTo("1");
    assertThat(server.sh("php -l " + SETTINGS)).contains("No syntax errors detected");
    assertThat(server.sh("stat -c '%U:%G %a' " + SETTINGS)).isEqualTo(ownerAndMode);
    assertThat(server.sh("stat -c '%U:%G %a' " + SITE + "/sites/default/settings.produce.php"))
        .isEqualTo("root:root 644\n");
  }

  /** Bootstraps settings.php as PHP-FPM's user and as the deploy user; both must see the same. */
  private static String bootstrap(Server server) {
    String web = runPhp(server, WEB_USER, "-r", BOOTSTRAP);
    assertThat(runPhp(server, DEPLOY_USER, "-r", BOOTSTRAP)).as("deploy user's default backend").isEqualTo(web);
    return web.strip();
  }

  /**
   * Every bin as Drupal resolves it, for PHP-FPM's user and the deploy user alike: bootstrap, config
   * and discovery on the fast chained backend with APCu in front of {@code backend}, the rest on
   * {@code backend} but the page bin on {@code page} (memcache: the database, ADR 0016); the service
   * container's definition read from {@code container}.
   */
  private static void assertBinsAsDrupalResolvesThem(Server server, String backend, String page, String container) {
    String web = runPhp(server, WEB_USER, CACHE_BINS, SITE, "sites/default");
    String chained = " cache.backend.chainedfast chainedfast(cache.backend.apcu>" + backend + ")\n";
    assertThat(web).contains("bootstrap" + chained, "config" + chained, "discovery" + chained);
    for (String bin : List.of("data", "default", "dynamic_page_cache", "entity", "menu", "render")) {
      assertThat(web).contains(bin + " " + backend + " " + backend + "\n");
    }
    assertThat(web).as("the page bin").contains("page " + page + " " + page + "\n");
    assertThat(web).contains("container " + container + "\n").doesNotContain("unloadable");
    assertThat(runPhp(server, DEPLOY_USER, CACHE_BINS, SITE, "sites/default")).as("deploy user's bins")
        .isEqualTo(web);
  }

  /** Runs php as {@code uid} (its own group) with APCu on for the CLI, as drush would; fails on any warning. */
  private static String runPhp(Server server, String uid, String... args) {
    List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--init-groups",
        "php", "-d", "display_errors=stderr", "-d", "apc.enable_cli=1"));
    command.addAll(List.of(args));
    ExecResult result = server.container().exec(command.toArray(String[]::new));
    assertThat(result.exitCode()).as("php as uid %s: %s", uid, result.stderr()).isZero();
    assertThat(result.stderr()).as("php warnings as uid %s", uid).isEmpty();
    return result.stdout();
  }

  private static byte[] cacheBinsScript() throws IOException {
    try (InputStream in = DrupalIT.class.getResourceAsStream("/drupal/cache-bins.php")) {
      return in.readAllBytes();
    }
  }

  private static void assertSiteAnswers(Server server) {
    assertThat(server.sh("curl -sS -w ' %{http_code}' http://127.0.0.1/")).contains("settings: ok").endsWith(" 200");
  }
}
