package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.ServerProfile;
import dev.produce.verifier.check.Status;
import dev.produce.verifier.run.RunOutcome;
import dev.produce.verifier.run.VerificationRunner;
import dev.produce.format.verification.SpecLoader;
import dev.produce.format.verification.VerificationSpec;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * snippets/produce-drupal.conf inside a standard Drupal server block
 * ({@code fixtures/nginx/drupal-standard-server.conf}), included before the site's own locations
 * and after them: wherever it is included, nothing the site denies becomes reachable (private
 * files, dot paths, code and configuration files) and no PHP file is ever served as its source,
 * while static assets, image-style derivatives and css/js aggregates still work. Both placements
 * are served at once by one server, each on a port of its own. Included last, the snippet's
 * lifetimes lose to the site's static-file location: apply warns, {@code --check} and the
 * generated checks fail and name the location and the fix.
 */
@ExtendWith(SuiteClock.class)
class SnippetPlacementIT {
  private static final String FIXTURE = "fixtures/nginx/drupal-standard-server.conf";
  private static final String INCLUDE = "include snippets/produce-drupal.conf;";
  private static final String DOCROOT = "/var/www/drupal/web";
  /** In the body of every file the site must not hand out. */
  private static final String SECRET = "PRODUCE-SECRET";
  /** The front controller's page: the request reached Drupal. */
  private static final String FRONT_CONTROLLER = "produce fixture";
  /** The site's own static-file lifetime ({@code expires max}). */
  private static final String SITE_MAX_AGE = "max-age=315360000";

  /** Where the include stands in the site's server block, and the port that block listens on. */
  enum Placement {
    FIRST(8081, "# PRODUCE-FIRST"), LAST(8082, "# PRODUCE-LAST");

    final int port;
    final String marker;

    Placement(int port, String marker) {
      this.port = port;
      this.marker = marker;
    }
  }

  private static final ServerProfile PROFILE = Bundles.performanceOnly(2048);
  private static Server server;
  private static String block;
  private static Path hostBundle;
  private static String bundleDir;
  private static String applyOutput;

  @BeforeAll
  static void serveTheStandardServerBlockTwice(@TempDir Path hostDir) throws IOException {
    server = Server.target();
    try {
      server.sh(String.join(" && ", List.of(
          "cd " + DOCROOT,
          "mkdir -p sites/default/private sites/default/files/private sites/default/files/css sites/default/files/js"
              + " sites/default/files/styles/thumbnail/public sites/default/files/styles/thumbnail/private"
              + " sites/default/files/.hidden .git core/misc core/themes/olivero/templates",
          "for f in sites/default/private/secret.png sites/default/private/secret.css"
              + " sites/default/files/private/secret.png sites/default/files/styles/thumbnail/private/secret.png"
              + " sites/default/files/.hidden/secret.css core/misc/.secret.js .git/config core/composer.json"
              + " sites/default/default.services.yml core/themes/olivero/templates/page.html.twig"
              + " sites/default/files/backup.sql; do echo '" + SECRET + " '$f > $f; done",
          "for f in sites/default/files/evil.php sites/default/files/css/evil.php sites/default/files/js/evil.php"
              + " sites/default/files/styles/evil.php sites/default/files/styles/thumbnail/public/evil.php; do"
              + " printf '<?php echo \"EVIL-\" . \"RAN\";\\n' > $f; done",
          "echo 'body { color: #123456; }' > core/misc/produce.css",
          "echo 'PRODUCE-DERIVATIVE' > sites/default/files/styles/thumbnail/public/kitten.png",
          "echo 'PRODUCE-AGGREGATE' > sites/default/files/css/css_present.css",
          // Drupal's .gz copy of an aggregate, told apart from the aggregate by its text.
          "echo 'PRODUCE-PRECOMPRESSED' | gzip -9 -n > sites/default/files/css/css_present.css.gz",
          "chown -R www-data:www-data sites/default/files")));
      block = Files.readString(Images.repoRoot().resolve(FIXTURE));
      Path vhosts = Files.createDirectories(hostDir.resolve("vhosts"));
      for (Placement placement : Placement.values()) {
        assertThat(block).contains(placement.marker, "listen LISTEN-PORT;");
        Files.writeString(vhosts.resolve("drupal-standard-" + placement.name().toLowerCase()), block
            .replace("listen LISTEN-PORT;", "listen " + placement.port + ";")
            .replace(placement.marker, INCLUDE));
      }
      server.container().copyIn(vhosts, "/etc/nginx/sites-enabled");
      hostBundle = Bundles.write(PROFILE, hostDir, "bundle");
      bundleDir = server.carry(hostBundle);
      ExecResult applied = server.produceExpecting(0, bundleDir);
      assertThat(applied.stdout()).as("nginx -t with both placements").contains("nginx -t passed");
      applyOutput = applied.stdout() + applied.stderr();
    } catch (IOException | RuntimeException | Error e) {
      server.close();
      server = null;
      throw e;
    }
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Placement.class)
  void privateFiles_areNeverServed(Placement placement) {
    assertDenied(placement, List.of("/sites/default/private/secret.png", "/sites/default/private/secret.css",
        "/sites/default/files/private/secret.png", "/sites/default/files/styles/thumbnail/private/secret.png"));
  }

  @ParameterizedTest
  @EnumSource(Placement.class)
  void phpUnderFiles_isNeverServedAsSource_norRun(Placement placement) {
    List<String> scripts = List.of("/sites/default/files/evil.php", "/sites/default/files/css/evil.php",
        "/sites/default/files/js/evil.php", "/sites/default/files/styles/evil.php",
        "/sites/default/files/styles/thumbnail/public/evil.php");
    SoftAssertions soft = new SoftAssertions();
    for (String path : scripts) {
      Fetched response = fetch(placement, path);
      soft.assertThat(response.status()).as("%s %s", placement, path).isIn(403, 404);
      soft.assertThat(response.body()).as("%s %s", placement, path).doesNotContain("<?php").doesNotContain("EVIL-RAN");
    }
    for (String path : List.of("/sites/default/files/css/evil.php/x.css", "/sites/default/files/evil.php/x.png",
        "/sites/default/files/styles/evil.php/kitten.png")) {
      Fetched response = fetch(placement, path);
      soft.assertThat(response.body()).as("%s %s (HTTP %d)", placement, path, response.status())
          .doesNotContain("<?php").doesNotContain("EVIL-RAN");
      if (response.status() == 200) {
        soft.assertThat(response.body()).as("%s %s: only Drupal answers", placement, path).contains(FRONT_CONTROLLER);
      }
    }
    soft.assertAll();
  }

  @ParameterizedTest
  @EnumSource(Placement.class)
  void dotPaths_areDenied(Placement placement) {
    assertDenied(placement, List.of("/.git/config", "/sites/default/files/.hidden/secret.css", "/core/misc/.secret.js"));
  }

  @ParameterizedTest
  @EnumSource(Placement.class)
  void codeAndConfigurationFiles_areDenied(Placement placement) {
    assertDenied(placement, List.of("/core/composer.json", "/sites/default/default.services.yml",
        "/core/themes/olivero/templates/page.html.twig", "/sites/default/files/backup.sql"));
  }

  @ParameterizedTest
  @EnumSource(Placement.class)
  void assetsDerivativesAndAggregates_stillWork(Placement placement) {
    Fetched css = fetch(placement, "/core/misc/produce.css");
    assertThat(css.status()).as("%s static css", placement).isEqualTo(200);
    assertThat(css.body()).contains("#123456");
    // First, the bundle's lifetime applies; last, the site's own static location wins (issue #20).
    String bundleMaxAge = "max-age=" + PROFILE.nginx().orElseThrow().staticAssetMaxAgeDays() * 86_400L;
    assertThat(css.headers()).as("%s Cache-Control of a static asset", placement)
        .containsIgnoringCase("Cache-Control: " + (placement == Placement.FIRST ? bundleMaxAge : SITE_MAX_AGE));

    Fetched derivative = fetch(placement, "/sites/default/files/styles/thumbnail/public/kitten.png?itok=abc");
    assertThat(derivative.status()).as("%s existing derivative", placement).isEqualTo(200);
    assertThat(derivative.body()).contains("PRODUCE-DERIVATIVE");
    Fetched aggregate = fetch(placement, "/sites/default/files/css/css_present.css?delta=0&language=en");
    assertThat(aggregate.status()).as("%s existing aggregate", placement).isEqualTo(200);
    assertThat(aggregate.body()).contains("PRODUCE-AGGREGATE");
    // A client that takes gzip gets Drupal's .gz copy from the bundle's location (gzip_static); the
    // site's own static location, answering first, sends the aggregate itself.
    Fetched gzipped = fetch(placement, "/sites/default/files/css/css_present.css?delta=0&language=en", "--compressed");
    if (placement == Placement.FIRST) {
      assertThat(gzipped.headers()).as("aggregate to a gzip client").containsIgnoringCase("Content-Encoding: gzip");
      assertThat(gzipped.body()).as("aggregate to a gzip client").contains("PRODUCE-PRECOMPRESSED");
    } else {
      assertThat(gzipped.body()).as("aggregate to a gzip client, site's location").contains("PRODUCE-AGGREGATE");
    }

    for (String generated : List.of("/sites/default/files/styles/thumbnail/public/missing.png?itok=abc",
        "/sites/default/files/styles/large/public/photos/missing.jpg.webp?itok=abc",
        "/sites/default/files/css/css_missing.css?delta=0&language=en&theme=olivero",
        "/sites/default/files/js/js_missing.js?scope=footer&delta=0")) {
      Fetched response = fetch(placement, generated);
      assertThat(response.status()).as("%s %s reaches Drupal", placement, generated).isEqualTo(200);
      assertThat(response.body()).as("%s %s", placement, generated).contains(FRONT_CONTROLLER);
    }
  }

  @Test
  void snippetAfterTheSitesOwnLocations_isReportedByCheckAndTheGeneratedChecks_withTheFix() throws IOException {
    // Issue #20: included last, the site's static-file location answers the asset requests and the
    // bundle's lifetimes never apply, though nginx -t passes. --check and the generated checks say
    // so, naming the site's location and the fix; the first placement is not reported.
    List<String> lines = block.lines().toList();
    int staticLocation = lineOf(lines, "location ~* \\.(js|css|png|jpg|jpeg|gif|ico|svg|webp|woff2?)$ {");
    int stylesLocation = lineOf(lines, "location ~ ^/sites/.*/files/styles/ {");
    int include = lineOf(lines, Placement.LAST.marker);
    String last = "/etc/nginx/sites-enabled/drupal-standard-last:";
    String staticProblem = last + staticLocation + ": \"location ~* \\.(js|css|png|jpg|jpeg|gif|ico|svg|webp|woff2?)$\""
        + " answers /core/misc/produce.css before the include of produce-drupal.conf at line " + include;
    String fix = "move the include above line " + staticLocation + ", first in the server block";

    ExecResult check = server.produceExpecting(1, bundleDir, "--check");
    assertThat(check.stdout()).contains("drift: " + staticProblem, fix,
        "drift: " + last + stylesLocation + ": \"location ~ ^/sites/.*/files/styles/\" answers"
            + " /sites/default/files/styles/thumbnail/public/produce.jpg",
        "produce-drupal.conf shadowed by 2 site locations").doesNotContain("drupal-standard-first");
    assertThat(applyOutput).as("apply warns").contains(staticProblem);

    VerificationSpec spec = SpecLoader.load(hostBundle.resolve(".verification.yml")).orThrow();
    RunOutcome outcome = VerificationRunner.builder(spec).bundleRoot(bundleDir).build().run(server.container());
    assertThat(outcome.results()).as("checks that did not pass")
        .filteredOn(r -> r.status() != Status.PASSED && r.status() != Status.MANUAL)
        .extracting(r -> r.item() + ": " + r.stderrTail())
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .startsWith("every server block that includes snippets/produce-drupal.conf includes it before")
        .contains(staticProblem, fix);

    server.sh("mv /etc/nginx/sites-enabled/drupal-standard-last /root/ && nginx -s reload");
    try {
      assertThat(server.produceExpecting(0, bundleDir, "--check").stdout()).contains("the server matches the bundle");
      assertThat(VerificationRunner.builder(spec).bundleRoot(bundleDir).build().run(server.container()).results())
          .as("checks with the snippet first only").allMatch(r -> r.status() == Status.PASSED || r.status() == Status.MANUAL);
    } finally {
      server.sh("mv /root/drupal-standard-last /etc/nginx/sites-enabled/ && nginx -s reload");
    }
  }

  private static int lineOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line " + text + " in " + FIXTURE);
  }

  private static void assertDenied(Placement placement, List<String> paths) {
    SoftAssertions soft = new SoftAssertions();
    for (String path : paths) {
      Fetched response = fetch(placement, path);
      soft.assertThat(response.status()).as("%s %s", placement, path).isIn(403, 404);
      soft.assertThat(response.body()).as("%s %s", placement, path).doesNotContain(SECRET);
    }
    soft.assertAll();
  }

  /** One response of the site as served at {@code placement}: status line code, header block, body. */
  private record Fetched(int status, String headers, String body) {}

  private static Fetched fetch(Placement placement, String path, String... curlOptions) {
    List<String> command = new ArrayList<>(List.of("curl", "-sS", "--path-as-is", "-D", "-"));
    command.addAll(List.of(curlOptions));
    command.add("http://127.0.0.1:" + placement.port + path);
    ExecResult result = server.container().exec(command.toArray(String[]::new));
    assertThat(result.exitCode()).as("curl %s: %s", path, result.stderr()).isZero();
    String raw = result.stdout();
    int end = raw.indexOf("\r\n\r\n");
    String headers = end < 0 ? raw : raw.substring(0, end);
    String body = end < 0 ? "" : raw.substring(end + 4);
    return new Fetched(Integer.parseInt(headers.split(" ", 3)[1]), headers, body);
  }
}
