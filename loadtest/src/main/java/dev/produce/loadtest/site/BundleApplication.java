package dev.produce.loadtest.site;

import dev.produce.format.BundleLayout;
import dev.produce.loadtest.bundle.BundleProfile;
import dev.produce.verifier.container.ExecResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/**
 * Applies a bundle in the site's container as an operator would ({@code ./produce} in the bundle
 * directory, as root) and undoes it ({@code ./produce --rollback}), then checks that the site really
 * uses the bundle's cache backend (or the database again): a measurement of a bundle that did not
 * take effect, or of stock that still has it, would be a measurement of nothing.
 */
public final class BundleApplication {
  static final String BUNDLE_DIR = "/opt/produce-bundle";
  /** The fixture site's response header naming the cache service its bins use. */
  public static final String BACKEND_HEADER = "X-Fixture-Cache-Backend";
  private static final String DATABASE_SERVICE = "cache.backend.database";
  private static final Duration APPLY_TIMEOUT = Duration.ofMinutes(5);

  private BundleApplication() {}

  /** Puts the bundle in place (see {@link #carry}) and runs {@code ./produce}; returns its output. */
  public static ExecResult apply(SiteContainer site, BundleProfile bundle) {
    carry(site, bundle);
    ExecResult applied = site.target().execIn(BUNDLE_DIR, APPLY_TIMEOUT, "./produce");
    if (!applied.succeeded()) {
      throw new BundleNotAppliedException("./produce exited with " + applied.exitCode() + ": "
          + lastLines(applied.stderr() + applied.stdout(), 3));
    }
    return applied;
  }

  /**
   * Copies {@code bundle} to {@link #BUNDLE_DIR} unless it is already there (the same {@code SHA256SUMS},
   * which names every file's hash): alternating phases apply one bundle again and again, while a test
   * may apply another bundle next, which replaces the first.
   */
  private static void carry(SiteContainer site, BundleProfile bundle) {
    String sums;
    try {
      sums = Files.readString(bundle.dir().resolve(BundleLayout.SHA256SUMS));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundle's " + BundleLayout.SHA256SUMS, e);
    }
    ExecResult present = site.target().exec("cat", "--", BUNDLE_DIR + "/" + BundleLayout.SHA256SUMS);
    if (present.succeeded() && present.stdout().equals(sums)) {
      return;
    }
    site.target().exec("rm", "-rf", "--", BUNDLE_DIR);
    site.target().copyIn(bundle.dir(), BUNDLE_DIR);
  }

  /** Runs {@code ./produce --rollback} in the bundle applied before; returns its output. */
  public static ExecResult rollback(SiteContainer site) {
    ExecResult undone = site.target().execIn(BUNDLE_DIR, APPLY_TIMEOUT, "./produce", "--rollback");
    if (!undone.succeeded()) {
      throw new BundleNotAppliedException("./produce --rollback exited with " + undone.exitCode() + ": "
          + lastLines(undone.stderr() + undone.stdout(), 3));
    }
    return undone;
  }

  /** Fails unless the site serves its pages from the database's cache again, as on stock settings. */
  public static void checkStock(SiteContainer site) {
    String served = servedBackend(site);
    if (!DATABASE_SERVICE.equals(served)) {
      throw new BundleNotAppliedException("after ./produce --rollback the site uses " + served + ", not "
          + DATABASE_SERVICE + " as on stock settings");
    }
  }

  /** Fails unless the site now serves its pages with the bundle's cache service (the database for none). */
  public static void checkBackend(SiteContainer site, BundleProfile bundle) {
    String expected = bundle.cacheService().orElse(DATABASE_SERVICE);
    String served = servedBackend(site);
    if (!expected.equals(served)) {
      throw new BundleNotAppliedException("after ./produce the site uses " + served + ", not " + expected
          + " (is the contrib module's services file in place?)");
    }
  }

  /** The cache service the site's render bin uses now, from the front page's response header. */
  public static String servedBackend(SiteContainer site) {
    HttpClient client = HttpClient.newHttpClient();
    try {
      HttpResponse<Void> response = client.send(HttpRequest.newBuilder(site.origin().resolve("/"))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
      return response.headers().firstValue(BACKEND_HEADER).orElse("(no " + BACKEND_HEADER + " header, HTTP "
          + response.statusCode() + ")");
    } catch (IOException e) {
      return "(no answer: " + e + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }

  private static String lastLines(String text, int count) {
    List<String> lines = text.strip().lines().toList();
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - count), lines.size()));
  }
}
