package dev.produce.loadtest.site;

import static dev.produce.loadtest.site.SiteRequests.cookieSet;
import static dev.produce.loadtest.site.SiteRequests.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.loadtest.summary.BinReads;
import dev.produce.loadtest.traffic.FixtureSiteTraffic;
import dev.produce.loadtest.traffic.SessionCookie;
import dev.produce.loadtest.traffic.Visit;
import dev.produce.verifier.container.ExecResult;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixture site on a stock site container (MariaDB as its database) behaves like Drupal where the load test and the
 * microcache depend on it: the page cache for anonymous visitors (MISS, then HIT, never a cookie),
 * the dynamic page cache for sessions (never the page cache), cookies only when a session starts or
 * ends, cache tags that invalidate an edited page, files served by nginx once PHP wrote them, and the
 * fixture's own count of Drupal cache reads per bin ({@code GET /fixture/cache-reads}).
 */
class FixtureSiteIT {
  private static final String SITE_ROOT = "/var/www/drupal";
  private static final String SETTINGS_PHP = SITE_ROOT + "/web/sites/default/settings.php";
  private static SiteContainer site;
  private static SiteRequests http;

  @BeforeAll
  static void start() {
    site = SiteContainer.start(2048);
    site.awaitServing(Duration.ofSeconds(90));
    http = new SiteRequests(site.origin());
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  private static String session(int uid) {
    return FixtureSiteTraffic.session(site.origin().getHost(), uid).header();
  }

  @Test
  void anonymousArticle_missThenPageCacheHit_neverSetsACookie() {
    HttpResponse<String> first = http.get("/node/17");
    HttpResponse<String> second = http.get("/node/17");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(header(first, "X-Drupal-Cache")).isEqualTo("MISS");
    assertThat(header(second, "X-Drupal-Cache")).isEqualTo("HIT");
    assertThat(second.body()).isEqualTo(first.body()).contains("node--view-mode-full").contains("Log in");
    assertThat(header(first, "Set-Cookie") + header(second, "Set-Cookie")).isEmpty();
    assertThat(header(second, "Cache-Control")).isEqualTo("must-revalidate, no-cache, private");
    assertThat(header(first, "X-Fixture-Cache-Backend")).isEqualTo("cache.backend.database");
  }

  @Test
  void drupalCaches_emptyThenFill_theFilledPagesAreHitsAgain() throws InterruptedException {
    http.get("/node/31");
    assertThat(header(http.get("/node/31"), "X-Drupal-Cache")).isEqualTo("HIT");

    DrupalCaches.empty(site.target(), Optional.empty());
    assertThat(header(http.get("/node/31"), "X-Drupal-Cache")).as("emptied").isEqualTo("MISS");
    DrupalCaches.empty(site.target(), Optional.empty());
    SessionCookie user = FixtureSiteTraffic.session(site.origin().getHost(), 9);
    DrupalCaches.Fill fill = DrupalCaches.fill(site.origin(), List.of(anonymous("/node/31"), anonymous("/node/32"),
        anonymous("/no-such-page"), new Visit(List.of("/node/33", "/node/34"), Optional.of(user))));

    assertThat(fill.pages()).isEqualTo(5);
    assertThat(fill.failed()).as("the 404 counts as failed").isEqualTo(1);
    assertThat(header(http.get("/node/31"), "X-Drupal-Cache")).isEqualTo("HIT");
    assertThat(header(http.get("/node/32"), "X-Drupal-Cache")).isEqualTo("HIT");
    // The logged-in fill used the session: another plain user's first view is a dynamic page cache hit.
    assertThat(header(http.get("/node/34", session(10)), "X-Drupal-Dynamic-Cache")).isEqualTo("HIT");
    assertThat(header(http.get("/node/33"), "X-Drupal-Cache")).as("not filled anonymously").isEqualTo("MISS");
  }

  private static Visit anonymous(String page) {
    return new Visit(List.of(page), Optional.empty());
  }

  @Test
  void cacheReads_countedPerBinAsTheApplicationReadsThem_andTheEndpointIsNeverCached() {
    DrupalCacheReads start = DrupalCacheReads.read(site.target()).orElseThrow();
    assertThat(header(http.get("/node/23"), "X-Drupal-Cache")).isEqualTo("MISS");
    DrupalCacheReads afterMiss = DrupalCacheReads.read(site.target()).orElseThrow();
    assertThat(header(http.get("/node/23"), "X-Drupal-Cache")).isEqualTo("HIT");
    HttpResponse<String> endpoint = http.get(DrupalCacheReads.PATH);
    DrupalCacheReads end = DrupalCacheReads.read(site.target()).orElseThrow();

    assertThat(start.counting()).as("APCu enabled in PHP-FPM").isTrue();
    Map<String, BinReads> both = DrupalCacheReads.between(start, end).orElseThrow();
    // One page-cache lookup per anonymous GET: the miss, then the hit.
    assertThat(both.get("page")).isEqualTo(new BinReads(2, 1));
    assertThat(both.get("render").reads()).as("the miss rendered the page").isPositive();
    // A page-cache hit reads the page bin once and nothing else (no config before the lookup).
    assertThat(DrupalCacheReads.between(afterMiss, end).orElseThrow()).isEqualTo(Map.of("page", new BinReads(1, 1)));
    assertThat(endpoint.statusCode()).isEqualTo(200);
    assertThat(header(endpoint, "Content-Type")).isEqualTo("application/json");
    assertThat(header(endpoint, "Cache-Control")).isEqualTo("no-store");
    // X-Accel-Expires: 0 (for nginx's FastCGI cache) is consumed by nginx, never passed on to clients.
    assertThat(header(endpoint, "X-Drupal-Cache")).as("never in Drupal's page cache").isEmpty();
    assertThat(DrupalCacheReads.parse(endpoint.body())).isPresent();
  }

  @Test
  void uncachedArticle_costsDozensOfQueries_pageCacheHitAlmostNone() {
    int miss = Integer.parseInt(header(http.get("/node/18"), "X-Fixture-Queries"));
    int hit = Integer.parseInt(header(http.get("/node/18"), "X-Fixture-Queries"));

    assertThat(miss).as("SQL queries of an uncached article page").isGreaterThanOrEqualTo(30);
    assertThat(hit).as("SQL queries of a page-cache hit").isLessThanOrEqualTo(3);
  }

  @Test
  void pagesQueryMariaDb_overItsSocket_withTheConnectionTheInstallerWrote() {
    long questionsBefore = questions();
    int queries = Integer.parseInt(header(http.get("/node/21"), "X-Fixture-Queries"));
    long questionsAfter = questions();
    String settings = shell("cat " + SETTINGS_PHP);

    assertThat(queries).as("SQL queries of an uncached article").isGreaterThanOrEqualTo(30);
    // The page's queries, its connection's setup (SET NAMES, sql_mode, isolation level) and this
    // test's own SHOW STATUS: MariaDB answered every query the page counted.
    assertThat(questionsAfter - questionsBefore).as("MariaDB's Questions during one uncached page")
        .isBetween((long) queries, queries + 10L);
    assertThat(settings).contains("$databases['default']['default'] = array (", "'driver' => 'mysql',",
        "'host' => 'localhost',", "'username' => 'drupal',", "'isolation_level' => 'READ COMMITTED',");
    assertThat(shell("mariadb -N -e \"SELECT CONCAT(user, '@', host) FROM mysql.user WHERE user = 'drupal'\"").strip())
        .as("the site's account exists for socket connections only").isEqualTo("drupal@localhost");
    assertThat(shell("ls " + SITE_ROOT + "/private")).as("no SQLite database").doesNotContain("sqlite");
  }

  @Test
  void loggedInUser_personalPageFromTheDynamicCache_neverFromThePageCache() {
    HttpResponse<String> first = http.get("/node/19", session(7));
    HttpResponse<String> second = http.get("/node/19", session(7));
    HttpResponse<String> other = http.get("/node/19", session(8));

    assertThat(first.body()).contains("Logged in as ").contains("Log out");
    assertThat(header(first, "X-Drupal-Cache")).as("page cache skipped for sessions").isEmpty();
    assertThat(header(first, "X-Drupal-Dynamic-Cache")).isEqualTo("MISS");
    assertThat(header(second, "X-Drupal-Dynamic-Cache")).isEqualTo("HIT");
    assertThat(name(second.body())).isEqualTo(name(first.body())).isNotEqualTo(name(other.body()));
    assertThat(header(second, "Set-Cookie")).isEmpty();
    assertThat(http.get("/node/19").body()).doesNotContain("Logged in as");
  }

  @Test
  void seededContent_matchesWhatTheLoadTestVisits() {
    assertThat(http.get("/node/" + FixtureSiteTraffic.ARTICLES).statusCode()).isEqualTo(200);
    assertThat(http.get("/node/" + (FixtureSiteTraffic.ARTICLES + 1)).statusCode()).isEqualTo(404);
    assertThat(http.get("/taxonomy/term/" + FixtureSiteTraffic.TAGS).statusCode()).isEqualTo(200);
    int lastSession = FixtureSiteTraffic.FIRST_SESSION_UID + FixtureSiteTraffic.SESSIONS - 1;
    assertThat(http.get("/", session(lastSession)).body()).contains("Logged in as");
    assertThat(http.get("/", session(lastSession + 1)).body()).doesNotContain("Logged in as");
  }

  @Test
  void aggregatesAndDerivatives_writtenByPhpOnce_thenServedByNginx() {
    String page = http.get("/node/20").body();
    for (String pattern : new String[] {"href=\"(/sites/default/files/css/[^\"]+)\"",
        "src=\"(/sites/default/files/styles/large/[^\"]+)\""}) {
      Matcher m = Pattern.compile(pattern).matcher(page);
      assertThat(m.find()).as(pattern).isTrue();
      String path = m.group(1).replace("&amp;", "&");
      HttpResponse<String> first = http.get(path);
      HttpResponse<String> second = http.get(path);
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(second.statusCode()).isEqualTo(200);
      assertThat(header(second, "X-Fixture-Queries")).as("second request served from disk").isEmpty();
    }
    assertThat(header(http.get("/sites/default/files/photos/photo-3.png"), "Content-Type")).isEqualTo("image/png");
    assertThat(header(http.get("/core/themes/fixture/images/logo.svg"), "Content-Type")).isEqualTo("image/svg+xml");
  }

  @Test
  void login_setsTheSessionCookie_logoutClearsIt() {
    HttpResponse<String> wrong = http.post("/user/login", Map.of("name", "admin", "pass", "nope"), "");
    HttpResponse<String> login = http.post("/user/login", Map.of("name", "admin", "pass", "fixture"), "");
    String cookie = cookieSet(login);
    int adminWithSession = http.get("/admin", cookie).statusCode();
    HttpResponse<String> logout = http.get("/user/logout", cookie);

    assertThat(wrong.body()).contains("Unrecognized username or password.");
    assertThat(header(wrong, "Set-Cookie")).isEmpty();
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(cookie).startsWith(FixtureSiteTraffic.session(site.origin().getHost(), 1).name() + "=");
    assertThat(adminWithSession).as("uid 1 is an administrator").isEqualTo(200);
    assertThat(header(logout, "Set-Cookie")).contains("=deleted;");
    assertThat(http.get("/admin", cookie).statusCode()).as("session gone").isEqualTo(403);
  }

  @Test
  void anonymousContactMessage_startsASessionForItsMessage_thenEndsIt() {
    HttpResponse<String> sent = http.post("/contact", Map.of("name", "A", "mail", "a@example.com", "message", "hi"), "");
    String cookie = cookieSet(sent);
    HttpResponse<String> shown = http.get("/contact", cookie);

    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(cookie).startsWith("SESS");
    assertThat(shown.body()).contains("Your message has been sent.");
    assertThat(header(shown, "Set-Cookie")).as("the emptied session ends").contains("=deleted;");
  }

  @Test
  void bigPipeNoJs_aGetThatSetsACookieForAVisitorWithoutSession() {
    HttpResponse<String> first = http.get("/big_pipe/no-js?destination=/node/5");
    HttpResponse<String> again = http.get("/big_pipe/no-js?destination=/node/5", "big_pipe_nojs=true");

    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(header(first, "Location")).isEqualTo("/node/5");
    assertThat(cookieSet(first)).isEqualTo("big_pipe_nojs=true");
    assertThat(header(first, "Cache-Control")).isEqualTo("must-revalidate, no-cache, private");
    assertThat(again.statusCode()).isEqualTo(403);
  }

  @Test
  void editorsChange_invalidatesTheCachedPage() {
    assertThat(header(http.get("/node/30"), "X-Drupal-Cache")).isIn("MISS", "HIT");
    assertThat(header(http.get("/node/30"), "X-Drupal-Cache")).isEqualTo("HIT");
    String editor = session(3);
    Matcher token = Pattern.compile("name=\"form_token\" value=\"([^\"]+)\"").matcher(http.get("/node/30/edit", editor).body());
    assertThat(token.find()).isTrue();

    HttpResponse<String> saved = http.post("/node/30/edit", Map.of("title", "Changed by the editor", "form_token",
        token.group(1)), editor);
    HttpResponse<String> after = http.get("/node/30");

    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(header(after, "X-Drupal-Cache")).isEqualTo("MISS");
    assertThat(after.body()).contains("Changed by the editor");
    assertThat(http.get("/node/30/edit", session(20)).statusCode()).as("not an editor").isEqualTo(403);
  }

  @Test
  void adminIsForbiddenForVisitors_unknownPathIsNotFound() {
    assertThat(http.get("/admin").statusCode()).isEqualTo(403);
    HttpResponse<String> missing = http.get("/no/such/page");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(header(missing, "X-Drupal-Cache")).isEqualTo("MISS");
  }

  private static long questions() {
    return Long.parseLong(shell("mariadb -N -e \"SHOW GLOBAL STATUS LIKE 'Questions'\"").strip().split("\\s+")[1]);
  }

  private static String shell(String script) {
    ExecResult result = site.target().shell(script);
    assertThat(result.exitCode()).as("%s: %s", script, result.stderr()).isZero();
    return result.stdout();
  }

  private static String name(String body) {
    Matcher m = Pattern.compile("Logged in as ([^<]+)<").matcher(body);
    return m.find() ? m.group(1) : "";
  }
}
