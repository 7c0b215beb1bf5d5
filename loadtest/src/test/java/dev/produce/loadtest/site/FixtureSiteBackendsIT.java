package dev.produce.loadtest.site;

import static dev.produce.loadtest.site.SiteRequests.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.Generators;
import dev.produce.loadtest.bundle.BundleProfile;
import dev.produce.loadtest.traffic.FixtureSiteTraffic;
import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.verifier.container.ExecResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture site's cache bins follow the bundle's settings.produce.php: Redis after a redis
 * bundle, Memcached after a memcache bundle, and the database again whenever the contrib module's
 * files are missing (the guard), without an error. The daemons' counters see the site's lookups, and
 * Redis and memcached serve the lookups the real Drupal site sent for the same request.
 */
class FixtureSiteBackendsIT {
  private static final String MODULES = "/var/www/drupal/web/modules/contrib";

  @TempDir Path tmp;

  private BundleProfile bundle(CacheBackend cache) throws Exception {
    Path dir = tmp.resolve(cache.optionValue());
    BundleWriter.write(Generators.bundle(Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12)
        .memoryMb(2048).cache(cache).build())), dir, false);
    return BundleProfile.read(dir);
  }

  @Test
  void bundles_switchTheBackend_onlyWhileTheModuleIsThere() throws Exception {
    try (SiteContainer site = SiteContainer.start(2048)) {
      site.awaitServing(Duration.ofSeconds(90));
      SiteRequests http = new SiteRequests(site.origin());
      assertThat(BundleApplication.servedBackend(site)).isEqualTo("cache.backend.database");

      BundleProfile redis = bundle(CacheBackend.REDIS);
      String password = shell(site, "php -r '$app_root = \"/var/www/drupal/web\"; $site_path = \"sites/default\";"
          + " include \"/var/www/drupal/web/sites/default/settings.php\";"
          + " echo $databases[\"default\"][\"default\"][\"password\"];'").strip();
      assertThat(password).as("the installer's database password").hasSizeGreaterThanOrEqualTo(32);
      site.target().copyIn(redis.dir(), BundleApplication.BUNDLE_DIR);
      ExecResult dryRun = site.target().execIn(BundleApplication.BUNDLE_DIR, Duration.ofMinutes(2), "./produce", "--dry-run");
      ExecResult applied = BundleApplication.apply(site, redis);
      assertThat(dryRun.stdout() + dryRun.stderr() + applied.stdout() + applied.stderr())
          .as("the database password is never printed").contains("settings.php").doesNotContain(password);
      site.awaitServing(Duration.ofSeconds(60));
      BundleApplication.checkBackend(site, redis);
      CacheCounters before = CacheCounters.read(site.target(), redis).orElseThrow();
      assertThat(header(http.get("/node/40"), "X-Drupal-Cache")).isEqualTo("MISS");
      assertThat(header(http.get("/node/40"), "X-Drupal-Cache")).isEqualTo("HIT");
      CacheCounters after = CacheCounters.read(site.target(), redis).orElseThrow();
      assertThat(after.hits()).as("redis keyspace_hits grew").isGreaterThan(before.hits());
      assertThat(shell(site, "redis-cli --scan --pattern 'produce_var_www_drupal:page:*' | wc -l").strip())
          .as("the page cache entry is in Redis").isNotEqualTo("0");
      // Calibrated against the real Drupal site (docs/benchmarks.md, "The fixture against real Drupal" and
      // "The service container from APCu"): a warm anonymous page-cache hit reads the container bin's last
      // write time (HGETALL) and last "delete all" time (GET), the container itself from APCu, then the
      // page (HGETALL), its tags' checksums (MGET) and the page bin's last "delete all" time (GET), and
      // nothing else; ECHO is phpredis checking its persistent link. No database connection at all.
      Map<String, Long> pageCacheHit = RedisCommands.during(site, () -> http.get("/node/40"));
      assertThat(pageCacheHit).as("Redis commands of an anonymous page-cache hit: %s", pageCacheHit)
          .containsAllEntriesOf(Map.of("hgetall", 2L, "mget", 1L, "get", 2L));
      assertThat(pageCacheHit.keySet()).as("and no other").isSubsetOf("hgetall", "mget", "get", "echo");
      HttpResponse<String> pageHit = http.get("/node/40");
      assertThat(header(pageHit, "X-Drupal-Cache")).isEqualTo("HIT");
      assertThat(header(pageHit, "X-Fixture-Database")).as("a page-cache hit with Redis").isEqualTo("not connected");
      // An editor's dynamic-page-cache hit on an article: the real site read 40 items (HGETALL), fetched tag
      // checksums 18 times (MGET) and read 9 bins' delete-all times (GET); the fixture stays within ±20 %.
      // measured from a rebuilt cache, as after drush cache:rebuild (the load test does the same before each state)
      DrupalCaches.empty(site.target(), Optional.of(redis));
      String editor = FixtureSiteTraffic.session(site.origin().getHost(), 2).header();
      http.get("/node/40", editor);
      assertThat(header(http.get("/node/40", editor), "X-Drupal-Dynamic-Cache")).isEqualTo("HIT");
      Map<String, Long> dynamicHit = RedisCommands.during(site, () -> http.get("/node/40", editor));
      assertThat(dynamicHit.get("hgetall")).as("HGETALL of a logged-in dynamic-page-cache hit: %s", dynamicHit)
          .isBetween(32L, 48L);
      assertThat(dynamicHit.get("mget")).as("MGET: %s", dynamicHit).isBetween(15L, 21L);
      assertThat(dynamicHit.get("get")).as("GET: %s", dynamicHit).isBetween(8L, 10L);

      shell(site, "mv " + MODULES + "/redis /root/redis-module");
      HttpResponse200 withoutModule = new HttpResponse200(http.get("/node/41"));
      assertThat(withoutModule.backend()).as("guard: no module, no switch").isEqualTo("cache.backend.database");
      shell(site, "mv /root/redis-module " + MODULES + "/redis");
      assertThat(BundleApplication.servedBackend(site)).isEqualTo("cache.backend.redis");

      BundleProfile memcache = bundle(CacheBackend.MEMCACHE);
      BundleApplication.apply(site, memcache);
      site.awaitServing(Duration.ofSeconds(60));
      BundleApplication.checkBackend(site, memcache);
      assertThat(header(http.get("/node/42"), "X-Drupal-Cache")).isEqualTo("MISS");
      assertThat(header(http.get("/node/42"), "X-Drupal-Cache")).isEqualTo("HIT");
      // Calibrated against the real Drupal site with the memcache module (docs/benchmarks.md, "The memcache
      // bundle's page cache in the database"): an anonymous page-cache hit makes no memcached lookup, since the
      // page bin stays in the database (ADR 0016) with the cache tags (ADR 0015), and opens MariaDB.
      CacheCounters beforePageHit = CacheCounters.read(site.target(), memcache).orElseThrow();
      HttpResponse<String> memcachePageHit = http.get("/node/42");
      assertThat(header(memcachePageHit, "X-Drupal-Cache")).isEqualTo("HIT");
      assertThat(CacheCounters.read(site.target(), memcache).orElseThrow())
          .as("memcached's counters across an anonymous page-cache hit").isEqualTo(beforePageHit);
      assertThat(header(memcachePageHit, "X-Fixture-Database")).as("memcache keeps cache tags in the database (ADR 0015)")
          .isEqualTo("connected");
      // An editor's dynamic-page-cache hit on an article: the real site looked up 50 keys (36 items and 14 bins'
      // last "delete all" times, each bin's read once); the fixture stays within ±20 %, and finds them.
      DrupalCaches.empty(site.target(), Optional.of(memcache));
      String memcacheEditor = FixtureSiteTraffic.session(site.origin().getHost(), 2).header();
      http.get("/node/40", memcacheEditor);
      assertThat(header(http.get("/node/40", memcacheEditor), "X-Drupal-Dynamic-Cache")).isEqualTo("HIT");
      CacheCounters beforeDynamicHit = CacheCounters.read(site.target(), memcache).orElseThrow();
      http.get("/node/40", memcacheEditor);
      CacheCounters afterDynamicHit = CacheCounters.read(site.target(), memcache).orElseThrow();
      long lookups = CacheCounters.lookups(beforeDynamicHit, afterDynamicHit);
      System.out.println("[FixtureSiteBackendsIT] memcached lookups of an editor's dynamic-page-cache hit: " + lookups
          + " (real site: 50)");
      assertThat(lookups).as("memcached lookups of a logged-in dynamic-page-cache hit").isBetween(40L, 60L);
      assertThat(CacheCounters.hitRate(beforeDynamicHit, afterDynamicHit)).as("of which found")
          .hasValueSatisfying(rate -> assertThat(rate).isGreaterThan(0.9));

      shell(site, "mv " + MODULES + "/memcache /root/memcache-module");
      assertThat(new HttpResponse200(http.get("/node/43")).backend()).isEqualTo("cache.backend.database");
    }
  }

  private static String shell(SiteContainer site, String script) {
    ExecResult result = site.target().shell(script);
    assertThat(result.exitCode()).as("%s: %s", script, result.stderr()).isZero();
    return result.stdout();
  }

  /** A response that must be 200; its cache backend header. */
  private record HttpResponse200(HttpResponse<String> response) {
    HttpResponse200 {
      assertThat(response.statusCode()).as("status, body: %s", response.body()).isEqualTo(200);
    }

    String backend() {
      return header(response, BundleApplication.BACKEND_HEADER);
    }
  }
}
