package dev.produce.loadtest.site;

import static dev.produce.loadtest.site.SiteRequests.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.Generators;
import dev.produce.loadtest.bundle.BundleProfile;
import dev.produce.loadtest.bundle.CacheEndpoint;
import dev.produce.loadtest.traffic.FixtureSiteTraffic;
import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ExecResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No pre-edit page comes back when Redis evicts: pages cached, then their articles edited (tags
 * {@code node:N} invalidated, counts without a TTL), then Redis filled far past the bundle's
 * maxmemory (512 MB: 24 MB) with items that carry a TTL, as the redis module gives them, while the
 * cached pages stay in use. Every tag count survives the evictions, so every article shows its
 * edited title (with allkeys-lru the counts were evicted and the pre-edit pages served as HITs).
 * The same sequence with memcached filled past its {@code -m} keeps memcache's behaviour proven.
 */
class FixtureSiteEvictionIT {
  private static final int ARTICLES = 20;
  /** The unix socket a memcache bundle's memcached listens on (no TCP port). */
  private static final String SOCKET = "/run/memcached/memcached.sock";
  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form_token\" value=\"([^\"]+)\"");

  @TempDir Path tmp;

  @Test
  void evictionsPastMaxmemory_keepEveryTagCount_andNoPreEditPageIsServed() throws Exception {
    ServerProfile profile = Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12)
        .memoryMb(512).cache(CacheBackend.REDIS).build());
    String prefix = profile.drupal().orElseThrow().prefix();
    BundleWriter.write(Generators.bundle(profile), tmp.resolve("redis"), false);
    try (SiteContainer site = SiteContainer.start(2048)) {
      site.awaitServing(Duration.ofSeconds(90));
      BundleProfile bundle = BundleProfile.read(tmp.resolve("redis"));
      BundleApplication.apply(site, bundle);
      site.awaitServing(Duration.ofSeconds(60));
      BundleApplication.checkBackend(site, bundle);
      SiteRequests http = new SiteRequests(site.origin());
      String editor = FixtureSiteTraffic.session(site.origin().getHost(), 3).header();

      cacheThenEditEveryArticle(http, editor);
      // 12 rounds of 500 items, a second apart (Redis's LRU clock counts seconds): the cached pages
      // stay in use (TOUCH after each round), their tag counts are not read again
      String pages = "redis-cli --scan --pattern '" + prefix + ":page:*'";
      int cachedPages = Integer.parseInt(shell(site, pages + " | tee /root/pages | wc -l").strip());
      String filled = shell(site, "for c in $(seq 0 11); do awk -v p='" + prefix + "' -v c=\"$c\" 'BEGIN {"
          + " v = \"yyyyyyyyyy\"; for (j = 0; j < 10; j++) v = v v; for (i = c * 500 + 1; i <= c * 500 + 500; i++)"
          + " printf \"SET %s:data:filler:%d %s EX 31536000\\r\\n\", p, i, v }' | redis-cli --pipe | grep 'errors:';"
          + " xargs redis-cli touch </root/pages >/dev/null; sleep 1.1; done");

      assertThat(filled.lines()).hasSize(12).allMatch(line -> line.equals("errors: 0, replies: 500"));
      assertThat(Integer.parseInt(shell(site, pages + " | wc -l").strip())).as("cached pages left of %d", cachedPages)
          .isGreaterThanOrEqualTo(ARTICLES);
      assertThat(shell(site, "redis-cli info stats | grep '^evicted_keys:'").strip()).isNotEqualTo("evicted_keys:0");
      List<String> lostCounts = new ArrayList<>();
      for (int n = 1; n <= ARTICLES; n++) {
        if (shell(site, "redis-cli get '" + prefix + ":cachetags:node:" + n + "'").isBlank()) {
          lostCounts.add("node:" + n);
        }
      }
      assertThat(preEditPages(http)).as("pages served with their title before the edit").isEmpty();
      assertThat(lostCounts).as("evicted tag counts").isEmpty();
    }
  }

  /**
   * memcache's behaviour, kept: with the memcache module the tag invalidations stay in the database
   * (its checksum service), so memcached evicting past its {@code -m} (items of many sizes, every slab
   * class) only costs rebuilds: no pre-edit page is served.
   */
  @Test
  void memcachedEvictionsPastItsMemory_neverServeAPreEditPage() throws Exception {
    ServerProfile profile = Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12)
        .memoryMb(512).cache(CacheBackend.MEMCACHE).build());
    BundleWriter.write(Generators.bundle(profile), tmp.resolve("memcache"), false);
    try (SiteContainer site = SiteContainer.start(2048)) {
      site.awaitServing(Duration.ofSeconds(90));
      BundleProfile bundle = BundleProfile.read(tmp.resolve("memcache"));
      BundleApplication.apply(site, bundle);
      site.awaitServing(Duration.ofSeconds(60));
      BundleApplication.checkBackend(site, bundle);
      assertThat(bundle.cacheEndpoint()).as("memcached's endpoint in profile.json")
          .contains(new CacheEndpoint.UnixSocket(SOCKET));
      SiteRequests http = new SiteRequests(site.origin());
      String editor = FixtureSiteTraffic.session(site.origin().getHost(), 3).header();

      cacheThenEditEveryArticle(http, editor);
      // 24 rounds of 500 items of 300 B to 14 KB (65 MB, several slab classes), well past -m; no expiry. Each
      // round ends with quit, and nc -N returns when memcached closes (nc -q 3 waited 3 s a round).
      String fill = """
          for c in $(seq 0 23); do
            awk -v c="$c" 'BEGIN {
              split("300 1500 6000 14000", size, " ")
              for (i = c * 500 + 1; i <= c * 500 + 500; i++) {
                n = size[i % 4 + 1]; v = "z"; while (length(v) < n) v = v v; v = substr(v, 1, n)
                printf "set filler:%d 0 0 %d\\r\\n%s\\r\\n", i, n, v
              }
              printf "quit\\r\\n"
            }' | nc -U -N /run/memcached/memcached.sock | grep -c STORED
          done
          """;
      assertThat(shell(site, fill).lines()).hasSize(24).allMatch(line -> line.equals("500"));
      assertThat(shell(site, "printf 'stats\\r\\nquit\\r\\n' | nc -U -N " + SOCKET + " | grep 'STAT evictions '")
          .strip()).isNotEqualTo("STAT evictions 0");
      assertThat(preEditPages(http)).as("pages served with their title before the edit").isEmpty();
    }
  }

  /** Caches every article's page (a HIT on the second view), then edits every article. */
  private static void cacheThenEditEveryArticle(SiteRequests http, String editor) throws Exception {
    for (int n = 1; n <= ARTICLES; n++) {
      http.get("/node/" + n);
      assertThat(header(http.get("/node/" + n), "X-Drupal-Cache")).as("node %d cached", n).isEqualTo("HIT");
    }
    for (int n = 1; n <= ARTICLES; n++) {
      Matcher token = FORM_TOKEN.matcher(http.get("/node/" + n + "/edit", editor).body());
      assertThat(token.find()).isTrue();
      assertThat(http.post("/node/" + n + "/edit", Map.of("title", "Edited before the eviction " + n,
          "form_token", token.group(1)), editor).statusCode()).isEqualTo(303);
    }
  }

  /** The articles whose page does not show the edited title, with the page cache's verdict. */
  private static List<String> preEditPages(SiteRequests http) throws Exception {
    List<String> preEdit = new ArrayList<>();
    for (int n = 1; n <= ARTICLES; n++) {
      HttpResponse<String> page = http.get("/node/" + n);
      if (!page.body().contains("Edited before the eviction " + n)) {
        preEdit.add("/node/" + n + " (X-Drupal-Cache: " + header(page, "X-Drupal-Cache") + ")");
      }
    }
    return preEdit;
  }

  private static String shell(SiteContainer site, String script) {
    ExecResult result = site.target().shell(script);
    assertThat(result.exitCode()).as("%s: %s", script, result.stderr()).isZero();
    return result.stdout();
  }
}
