package dev.produce.loadtest.site;

import static dev.produce.loadtest.site.SiteRequests.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.Generators;
import dev.produce.loadtest.bundle.BundleProfile;
import dev.produce.loadtest.traffic.FixtureSiteTraffic;
import dev.produce.loadtest.traffic.SessionCookie;
import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.verifier.check.Status;
import dev.produce.verifier.run.RunOutcome;
import dev.produce.verifier.run.VerificationRunner;
import dev.produce.format.verification.SpecLoader;
import dev.produce.format.verification.VerificationSpec;
import dev.produce.verifier.container.ExecResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nginx FastCGI microcache ({@code --microcache}) applied by a real bundle to the fixture site
 * never serves or stores what is not the same for every anonymous visitor. A {@code HIT} for a
 * request with a session cookie or an Authorization header, for a POST, for an account,
 * administration, batch, cron, update, install or ajax path, or the replay of a response that set
 * a cookie or that Drupal's page cache refused would show one visitor's page to another: each is a
 * data leak, not a performance detail. Also: the cache does serve anonymous pages, an edited page
 * is stale for at most the configured seconds, {@code nginx -t} accepts the generated files for
 * a spread of inputs, and the bundle's own {@code .verification.yml} passes on this site.
 */
class MicrocacheSecurityIT {
  private static final int MICROCACHE_SECONDS = 5;
  private static final String STATUS = "X-Micro-Cache";
  /** Statuses of a response that came out of the cache, or could only have been found there. */
  private static final String[] STORED = {"HIT", "STALE", "UPDATING", "EXPIRED", "REVALIDATED"};
  private static final String CACHE_DIR = "/var/cache/nginx/produce-microcache";

  private static SiteContainer site;
  private static Path bundleDir;
  private static SiteRequests http;

  @BeforeAll
  static void startAndApply(@TempDir Path tmp) throws Exception {
    site = SiteContainer.start(2048);
    try {
      site.awaitServing(Duration.ofSeconds(90));
      http = new SiteRequests(site.origin());
      Path dir = tmp.resolve("bundle");
      bundleDir = dir;
      BundleWriter.write(Generators.bundle(Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12)
          .memoryMb(2048).cache(CacheBackend.REDIS)
          .microcacheSeconds(MICROCACHE_SECONDS).build())), dir, false);
      BundleProfile bundle = BundleProfile.read(dir);
      BundleApplication.apply(site, bundle);
      site.awaitServing(Duration.ofSeconds(60));
      BundleApplication.checkBackend(site, bundle);
      assertThat(shell("stat -c '%U %a' " + CACHE_DIR).strip()).as("the microcache directory made by apply")
          .isEqualTo("www-data 700");
    } catch (RuntimeException | Error e) {
      site.close();
      site = null;
      throw e;
    }
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  // --- the bundle's own checks ----------------------------------------------------------------

  @Test
  void generatedVerificationYml_passesEveryCheck_onTheFixtureSite() throws IOException {
    VerificationSpec spec = SpecLoader.load(bundleDir.resolve(".verification.yml")).orThrow();

    RunOutcome outcome = VerificationRunner.builder(spec)
        .bundle(bundleDir, VerificationRunner.DEFAULT_BUNDLE_ROOT).build().run(site.target());

    assertThat(outcome.results()).as("checks that did not pass")
        .filteredOn(r -> r.status() != Status.PASSED && r.status() != Status.MANUAL)
        .extracting(r -> r.section() + ": " + r.item() + ": " + r.message() + " " + r.stderrTail())
        .isEmpty();
    assertThat(outcome.results()).filteredOn(r -> r.section().equals("microcache"))
        .as("every microcache item ran and passed").hasSize(8).allMatch(r -> r.status() == Status.PASSED);
  }

  // --- 1 ---------------------------------------------------------------------------------------

  @Test
  void anonymousArticle_secondGetIsAHit_withTheSameBody() {
    HttpResponse<String> first = http.get("/node/101");
    HttpResponse<String> second = http.get("/node/101");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(header(first, STATUS)).isEqualTo("MISS");
    assertThat(header(second, STATUS)).isEqualTo("HIT");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body()).contains("node--view-mode-full").contains("Log in");
    assertThat(header(second, "Set-Cookie")).isEmpty();
  }

  // --- 2 ---------------------------------------------------------------------------------------

  @Test
  void sessionCookie_onACachedUrl_isBypassed_andGetsThePersonalPage() {
    String anonymous = warm("/node/102");
    String session = session(4).header();

    HttpResponse<String> personal = http.get("/node/102", Map.of("Cookie", session));
    HttpResponse<String> again = http.get("/node/102", Map.of("Cookie", session));

    for (HttpResponse<String> response : List.of(personal, again)) {
      assertThat(header(response, STATUS)).as("session cookie").isEqualTo("BYPASS");
      assertPersonal(response, anonymous);
    }
    assertThat(header(http.get("/node/102"), STATUS)).as("the anonymous copy is still there").isEqualTo("HIT");
  }

  @Test
  void sessionCookieAmongOtherCookies_onACachedUrl_isBypassed_andGetsThePersonalPage() {
    String anonymous = warm("/node/103");
    SessionCookie session = session(5);

    for (String cookie : List.of("_ga=1; " + session.header(), "_ga=GA1.2.3; has_js=1;" + session.header() + "; x=y",
        "_ga=1;  " + session.header())) {
      HttpResponse<String> response = http.get("/node/103", Map.of("Cookie", cookie));
      assertThat(header(response, STATUS)).as("Cookie: %s", cookie).isEqualTo("BYPASS");
      assertPersonal(response, anonymous);
    }
  }

  @Test
  void sessionCookieInASecondCookieHeaderLine_onACachedUrl_isBypassed_andGetsThePersonalPage() {
    String anonymous = warm("/node/104");
    HttpRequest request = http.request("/node/104").header("Cookie", "_ga=1").header("Cookie", session(6).header())
        .GET().build();

    HttpResponse<String> response = http.send(request);

    assertThat(header(response, STATUS)).as("two Cookie header lines, the session in the second").isEqualTo("BYPASS");
    assertPersonal(response, anonymous);
  }

  @Test
  void httpsSessionCookieName_onACachedUrl_isBypassed() {
    String anonymous = warm("/node/105");
    SessionCookie session = session(2);
    String secure = "S" + session.header();

    for (String cookie : List.of(secure, "_ga=1; " + secure)) {
      HttpResponse<String> response = http.get("/node/105", Map.of("Cookie", cookie));
      // The fixture is served over http here, so it does not know the SSESS name: only nginx's
      // decision can be checked, the page itself is the anonymous one.
      assertThat(header(response, STATUS)).as("Cookie: %s", cookie).isEqualTo("BYPASS");
      assertThat(response.statusCode()).isEqualTo(200);
    }
    assertThat(anonymous).doesNotContain("Logged in as");
  }

  // --- 3 ---------------------------------------------------------------------------------------

  @Test
  void post_neverUsesTheCache_andIsNeverStored() {
    HttpResponse<String> form = http.get("/contact");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(header(http.get("/contact"), STATUS)).as("the contact form is cached for visitors").isEqualTo("HIT");

    HttpResponse<String> sent = http.post("/contact", Map.of("name", "A", "mail", "a@example.com", "message", "microcache"), "");
    HttpResponse<String> sentAgain = http.post("/contact", Map.of("name", "B", "mail", "b@example.com", "message", "again"), "");

    for (HttpResponse<String> response : List.of(sent, sentAgain)) {
      assertThat(response.statusCode()).as("the POST reached PHP, not the cached form").isEqualTo(303);
      assertThat(response.headers().firstValue(STATUS)).as("POST never looks into the cache").isEmpty();
      assertThat(header(response, "Set-Cookie")).startsWith("SESS");
    }

    HttpResponse<String> after = http.get("/contact");
    assertThat(after.statusCode()).as("not the POST's 303").isEqualTo(200);
    assertThat(header(after, "Set-Cookie")).as("not the POST's session cookie").isEmpty();
    assertThat(after.body()).isEqualTo(form.body()).doesNotContain("Your message has been sent.");

    warm("/node/106");
    HttpResponse<String> postToArticle = http.post("/node/106", Map.of("x", "1"), "");
    assertThat(postToArticle.statusCode()).as("POST to a cached article reaches PHP (405)").isEqualTo(405);
    assertThat(postToArticle.headers().firstValue(STATUS)).isEmpty();
    HttpResponse<String> getAfter = http.get("/node/106");
    assertThat(getAfter.statusCode()).isEqualTo(200);
    assertThat(header(getAfter, STATUS)).isEqualTo("HIT");
  }

  @Test
  void otherMethods_neverUseTheCache() {
    warm("/node/107");
    for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
      HttpResponse<String> response = http.send(http.request("/node/107").method(method, HttpRequest.BodyPublishers.noBody())
          .build());
      assertThat(header(response, STATUS)).as(method).isNotIn(STORED);
      assertThat(response.statusCode()).as(method + " reaches PHP").isNotEqualTo(200);
    }
    assertThat(header(http.get("/node/107"), STATUS)).isEqualTo("HIT");
  }

  // --- 4 ---------------------------------------------------------------------------------------

  @Test
  void drupalsPrivatePaths_areNeverCached() {
    assertNeverCached(List.of("/user/login", "/user/2", "/admin", "/admin/content", "/batch", "/cron/xyz",
        "/update.php", "/install.php", "/system/ajax", "/node/1?ajax_form=1", "/node/1?_wrapper_format=drupal_ajax",
        "/en/user/login", "/index.php/user/login", "/USER/login"));
    for (String reachesPhp : List.of("/user/login", "/system/ajax", "/node/1?ajax_form=1", "/USER/login")) {
      assertThat(header(http.get(reachesPhp), STATUS)).as(reachesPhp).isEqualTo("BYPASS");
    }
  }

  @Test
  void drupalsPrivatePaths_moreSpellings_areNeverCached() {
    assertNeverCached(List.of("/user", "/user/", "/user?destination=/node/1", "/Admin/Content", "/pt-br/admin",
        "/batch?id=1&op=start", "/core/install.php", "/core/update.php", "/index.php/admin",
        "/node/1?_wrapper_format=drupal_modal&x=1"));
  }

  @Test
  void ajaxPageStateArrayParameters_areNeverCached() {
    // Drupal's ajax requests carry ajax_page_state as an array: ajax_page_state[theme]=…,
    // ajax_page_state[libraries]=…, URL-encoded as ajax_page_state%5Btheme%5D=…
    assertNeverCached(List.of("/node/2?ajax_page_state%5Btheme%5D=fixture",
        "/node/2?x=1&ajax_page_state%5Btheme_token%5D=abc&ajax_page_state%5Blibraries%5D=core/drupal"));
  }

  /**
   * Serves {@code php} as {@code /name}: three GETs each reach PHP (200, distinct bodies, never a
   * stored status, and what {@code each} asserts), while the same page with {@code ?control=1}
   * ends in a HIT, which shows the probe can see one.
   */
  private static void assertNeverStored_butTheControlIs(String name, String php, String control,
      BiConsumer<Integer, HttpResponse<String>> each) {
    String file = "/var/www/drupal/web/" + name;
    shell("printf '%s' '" + php + "' > " + file);
    try {
      List<String> bodies = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        HttpResponse<String> response = http.get("/" + name);
        assertThat(response.statusCode()).as("request %d", i).isEqualTo(200);
        assertThat(header(response, STATUS)).as("request %d", i).isNotIn(STORED);
        each.accept(i, response);
        bodies.add(response.body());
      }
      assertThat(bodies).as("every response came from PHP").doesNotHaveDuplicates();
      http.get("/" + name + "?control=1");
      assertThat(header(http.get("/" + name + "?control=1"), STATUS)).as(control).isEqualTo("HIT");
    } finally {
      shell("rm -f " + file);
    }
  }

  private static void assertNeverCached(List<String> paths) {
    SoftAssertions soft = new SoftAssertions();
    for (String path : paths) {
      for (int i = 1; i <= 3; i++) {
        HttpResponse<String> response = http.get(path);
        soft.assertThat(header(response, STATUS)).as("%s, request %d (HTTP %d)", path, i, response.statusCode())
            .isIn("BYPASS", "");
      }
    }
    soft.assertAll();
  }

  // --- 5 ---------------------------------------------------------------------------------------

  @Test
  void authorizationHeader_onACachedUrl_isBypassed() {
    warm("/node/108");
    for (String authorization : List.of("Basic YWRtaW46Zml4dHVyZQ==", "Bearer abc.def.ghi")) {
      HttpResponse<String> response = http.get("/node/108", Map.of("Authorization", authorization));
      assertThat(header(response, STATUS)).as("Authorization: %s", authorization).isEqualTo("BYPASS");
      assertThat(response.statusCode()).isEqualTo(200);
    }
    assertThat(header(http.get("/node/108"), STATUS)).isEqualTo("HIT");
  }

  // --- 6 ---------------------------------------------------------------------------------------

  @Test
  void responseSettingACookie_isNeverStored() {
    for (String path : List.of("/big_pipe/no-js?destination=/", "/big_pipe/no-js?destination=/node/109")) {
      for (int i = 1; i <= 3; i++) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as("%s, request %d", path, i).isEqualTo(302);
        assertThat(header(response, STATUS)).as("%s, request %d", path, i).isNotIn(STORED);
        assertThat(header(response, "Set-Cookie")).as("%s, request %d: still sets its cookie", path, i)
            .startsWith("big_pipe_nojs=true");
      }
    }
  }

  @Test
  void cacheableResponseThatSetsACookie_isNeverStored() {
    // A page Drupal's page cache marks cacheable (MISS) that also sets a cookie, as a contrib module
    // setting a consent or A/B cookie would: only the Set-Cookie rule stands between it and the cache.
    // The same page without the cookie is stored: the control shows the probe can see a HIT.
    assertNeverStored_butTheControlIs("produce-sets-cookie.php", "<?php header(\"X-Drupal-Cache: MISS\");"
        + " if (!isset($_GET[\"control\"])) { setcookie(\"produce_consent\", \"1\"); } echo hrtime(true);",
        "control without a cookie", (i, response) -> assertThat(header(response, "Set-Cookie"))
            .as("request %d", i).startsWith("produce_consent=1"));
  }

  // --- 7 ---------------------------------------------------------------------------------------

  @Test
  void uncacheableResponse_isNeverStored() {
    // A page on no path of the bypass list that Drupal's page cache refuses (UNCACHEABLE), as a
    // page with a kill switch would be: only the X-Drupal-Cache rule stands between it and the
    // cache. The same page marked MISS is stored: the control shows the probe can see a HIT.
    assertNeverStored_butTheControlIs("produce-uncacheable.php", "<?php header(\"X-Drupal-Cache: \""
        + " . (isset($_GET[\"control\"]) ? \"MISS\" : \"UNCACHEABLE\")); echo hrtime(true);",
        "control marked MISS", (i, response) -> assertThat(header(response, "X-Drupal-Cache"))
            .as("request %d", i).isEqualTo("UNCACHEABLE"));
  }

  @Test
  void drupalsPrivatePaths_spelledAnyWayNginxNormalises_areBypassed() {
    // PHP routes on the decoded, merged path: /%75ser/login and //user/login are /user/login to
    // Drupal, so the path rules must see them as nginx's normalised $uri does, not only as sent.
    List<String> spellings = List.of("/%75ser/login", "//user/login", "/user//login", "/%75ser", "/%55SER/login",
        "/%61dmin/content", "//admin", "/en//user/login", "/index.php//user/login", "/user/%2e/login",
        "/core/%75pdate.php", "/%62atch?id=1");
    assertNeverCached(spellings);
    SoftAssertions soft = new SoftAssertions();
    for (String path : spellings) {
      HttpResponse<String> response = http.get(path);
      soft.assertThat(header(response, STATUS)).as("%s (HTTP %d)", path, response.statusCode())
          .isIn("BYPASS", "");
      if (!path.endsWith(".php")) {
        soft.assertThat(header(response, STATUS)).as("%s reaches PHP (HTTP %d)", path, response.statusCode())
            .isEqualTo("BYPASS");
      }
    }
    soft.assertAll();
  }

  // --- 8 ---------------------------------------------------------------------------------------

  @Test
  void headThenGet_ofAFreshUrl_getHasABody() {
    HttpResponse<String> head = http.send(http.request("/node/110").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    HttpResponse<String> headAgain = http.send(http.request("/node/110").method("HEAD", HttpRequest.BodyPublishers.noBody())
        .build());
    HttpResponse<String> get = http.get("/node/110");
    HttpResponse<String> getAgain = http.get("/node/110");

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(header(head, STATUS)).isEqualTo("MISS");
    assertThat(header(headAgain, STATUS)).isEqualTo("HIT");
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(header(get, STATUS)).as("GET is not the HEAD's key").isEqualTo("MISS");
    assertThat(get.body()).contains("node--view-mode-full").contains("</html>");
    assertThat(header(getAgain, STATUS)).isEqualTo("HIT");
    assertThat(getAgain.body()).isEqualTo(get.body());
  }

  // --- 9 ---------------------------------------------------------------------------------------

  @Test
  void editedArticle_isServedWithinTheMicrocacheSeconds() throws InterruptedException {
    String path = "/node/111";
    String oldTitle = title(warm(path));
    String editor = session(3).header();
    Matcher token = Pattern.compile("name=\"form_token\" value=\"([^\"]+)\"")
        .matcher(http.get(path + "/edit", Map.of("Cookie", editor)).body());
    assertThat(token.find()).as("form token on the edit form").isTrue();
    String newTitle = "Edited under the microcache " + System.nanoTime();

    HttpResponse<String> saved = http.post(path + "/edit", Map.of("title", newTitle, "form_token", token.group(1)), editor);
    long savedAt = System.nanoTime();
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(http.get(path, Map.of("Cookie", editor)).body()).as("the editor sees the change at once").contains(newTitle);

    long deadline = savedAt + Duration.ofSeconds(15).toNanos();
    long promised = savedAt + Duration.ofSeconds(MICROCACHE_SECONDS + 2).toNanos();
    List<String> log = new ArrayList<>();
    boolean fresh = false;
    while (!fresh && System.nanoTime() < deadline) {
      long sentAt = System.nanoTime();
      HttpResponse<String> response = http.get(path);
      String shown = title(response.body());
      log.add(String.format("+%d ms %s %s", (sentAt - savedAt) / 1_000_000, header(response, STATUS), shown));
      fresh = shown.equals(newTitle);
      if (!fresh) {
        assertThat(shown).as("an anonymous visitor sees the old or the new title: %s", log).isEqualTo(oldTitle);
        assertThat(sentAt).as("old title served more than %d s + 2 s after the edit: %s", MICROCACHE_SECONDS, log)
            .isLessThan(promised);
        Thread.sleep(250);
      }
    }
    assertThat(fresh).as("new title within 15 s: %s", log).isTrue();
    System.out.println("microcache freshness after an edit: " + log);
    assertThat(title(http.get(path).body())).isEqualTo(newTitle);
  }

  // --- 10 --------------------------------------------------------------------------------------

  @Test
  void nginxAcceptsTheGeneratedFiles_forASpreadOfInputs(@TempDir Path tmp) throws IOException {
    Map<String, Bundle> bundles = new LinkedHashMap<>();
    for (long memoryMb : new long[] {512, 1024, 4096, 65536, 1048576}) {
      for (int seconds : new int[] {1, 5, 600}) {
        for (CacheBackend cache : new CacheBackend[] {CacheBackend.REDIS, CacheBackend.MEMCACHE, CacheBackend.NONE}) {
          Inputs.Builder inputs = Inputs.builder().distro(Distro.DEBIAN_12)
              .memoryMb(memoryMb).microcacheSeconds(seconds);
          inputs = cache == CacheBackend.NONE ? inputs.performanceOnly(true) : inputs.cache(cache);
          bundles.put(memoryMb + "mb-" + seconds + "s-" + cache.optionValue(),
              Generators.bundle(Profiles.compute(inputs.build())));
        }
      }
    }
    Path matrix = tmp.resolve("matrix");
    for (Map.Entry<String, Bundle> entry : bundles.entrySet()) {
      int nginxFiles = 0;
      for (BundleFile file : entry.getValue().files()) {
        String prefix = "files/etc/nginx/";
        if (file.path().startsWith(prefix + "conf.d/") || file.path().startsWith(prefix + "snippets/")) {
          Path out = matrix.resolve(entry.getKey()).resolve(file.path().substring(prefix.length()));
          Files.createDirectories(out.getParent());
          Files.write(out, file.bytes());
          nginxFiles++;
        }
      }
      assertThat(nginxFiles).as(entry.getKey()).isGreaterThanOrEqualTo(3);
      assertThat(Files.readString(matrix.resolve(entry.getKey()).resolve("conf.d/performance.conf")))
          .as(entry.getKey()).contains("fastcgi_cache_path " + CACHE_DIR);
    }
    site.target().copyIn(matrix, "/opt/microcache-matrix");
    shell("rm -rf /root/nginx-saved && mkdir /root/nginx-saved && cp -a /etc/nginx/conf.d /etc/nginx/snippets "
        + "/root/nginx-saved/ && install -d -m 0755 /var/cache/nginx "
        + "&& install -d -o www-data -g www-data -m 0700 " + CACHE_DIR);
    SoftAssertions soft = new SoftAssertions();
    try {
      for (String name : bundles.keySet()) {
        ExecResult tested = site.target().shell("set -e; cd /etc/nginx; rm -rf conf.d snippets; "
            + "cp -a /root/nginx-saved/conf.d /root/nginx-saved/snippets .; "
            + "rm -f conf.d/performance.conf snippets/produce-*.conf; "
            + "cp -r /opt/microcache-matrix/" + name + "/. /etc/nginx/; nginx -t");
        soft.assertThat(tested.exitCode()).as("nginx -t for %s: %s", name, tested.stderr()).isZero();
        soft.assertThat(tested.stderr()).as("nginx -t for %s", name).doesNotContain("[warn]")
            .doesNotContain("[emerg]");
      }
    } finally {
      shell("cd /etc/nginx && rm -rf conf.d snippets && cp -a /root/nginx-saved/conf.d /root/nginx-saved/snippets . "
          + "&& nginx -t");
    }
    soft.assertAll();
    assertThat(header(http.get("/node/112"), STATUS)).as("the applied configuration still serves").isEqualTo("MISS");
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Requests {@code path} anonymously until it is a HIT; returns the cached body. */
  private static String warm(String path) {
    HttpResponse<String> response = http.get(path);
    for (int i = 0; i < 3 && !header(response, STATUS).equals("HIT"); i++) {
      response = http.get(path);
    }
    assertThat(header(response, STATUS)).as("warming %s", path).isEqualTo("HIT");
    assertThat(response.body()).as("anonymous %s", path).contains("Log in").doesNotContain("Logged in as");
    return response.body();
  }

  private static void assertPersonal(HttpResponse<String> response, String anonymousBody) {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).as("the logged-in user's page").contains("Logged in as ").contains("/user/logout")
        .isNotEqualTo(anonymousBody);
    assertThat(header(response, "X-Drupal-Cache")).as("Drupal's page cache skipped for sessions").isEmpty();
  }

  private static String title(String body) {
    Matcher m = Pattern.compile("<title>([^|<]*?)\\s*(\\||</title>)").matcher(body);
    return m.find() ? m.group(1).strip() : "";
  }

  private static SessionCookie session(int uid) {
    return FixtureSiteTraffic.session(site.origin().getHost(), uid);
  }

  private static String shell(String script) {
    ExecResult result = site.target().shell(script);
    assertThat(result.exitCode()).as("%s: %s", script, result.stderr()).isZero();
    return result.stdout();
  }
}
