package dev.produce.loadtest.site;

import dev.produce.loadtest.bundle.BundleProfile;
import dev.produce.loadtest.bundle.CacheEndpoint;
import dev.produce.loadtest.traffic.SessionCookie;
import dev.produce.loadtest.traffic.Visit;
import dev.produce.model.CacheBackend;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings Drupal's caches of the fixture site to the same state before stock runs and bundle runs:
 * empty (the database's {@code cache_*} tables and the bundle's cache daemon), then filled by
 * the traffic's cache fill: every landing page once, and the most viewed pages logged in ({@link
 * dev.produce.loadtest.traffic.Traffic#cacheFill()}).
 *
 * <p>Without this, the comparison measures cache states, not configurations: applying a bundle
 * restarts its daemon empty (no persistence), while the database cache of stock keeps what every
 * earlier stock run filled (the fixture has no drush, so a rollback does not rebuild it). A server
 * in production runs with warm caches in both states; the fill makes both start warm.
 */
public final class DrupalCaches {
  /** Concurrent requests of the fill: enough to overlap the database's waits, few enough not to queue. */
  public static final int FILL_CONNECTIONS = 4;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  /** Restarts the container's PHP-FPM service, whichever PHP version it runs. */
  static final String RESTART_PHP_FPM = "for fpm in /etc/init.d/php*-fpm; do service \"${fpm##*/}\" restart >/dev/null;"
      + " done";

  private DrupalCaches() {}

  /**
   * The result of a fill.
   *
   * @param pages  pages requested (a logged-in page counts once per session it was requested with)
   * @param failed requests that did not answer 200
   * @param took   wall time of the fill
   */
  public record Fill(int pages, int failed, Duration took) {}

  /**
   * Empties the fixture's database cache tables and, for a bundle with a cache daemon, the daemon
   * ({@code FLUSHALL}, memcached {@code flush_all}), then restarts PHP-FPM: its APCu holds the fast
   * copies of the bootstrap, config and discovery bins, which Drupal's cache rebuild makes stale (and
   * which would otherwise be served without a look at the emptied backend). Cache tag invalidation
   * counts stay: they are state, not cache.
   */
  public static void empty(Target target, Optional<BundleProfile> bundle) {
    run(target, "mariadb -N -B drupal -e \"SELECT CONCAT('TRUNCATE TABLE \\`', table_name, '\\`;') FROM"
        + " information_schema.tables WHERE table_schema = 'drupal' AND table_name LIKE 'cache\\\\_%'\""
        + " | mariadb drupal");
    bundle.filter(b -> b.cache() != CacheBackend.NONE && b.cacheEndpoint().isPresent())
        .ifPresent(b -> run(target, flushCommand(b.cache(), b.cacheEndpoint().get())));
    run(target, RESTART_PHP_FPM);
  }

  /** The shell command emptying the daemon of {@code cache} at {@code endpoint}. */
  static String flushCommand(CacheBackend cache, CacheEndpoint endpoint) {
    return cache.speaksRedis() ? CacheDaemonClients.redisCli(cache, endpoint, "flushall")
        : CacheDaemonClients.memcachedText(endpoint, "flush_all");
  }

  /**
   * Requests the pages of each of {@code visits} from {@code origin}, with the visit's session cookie
   * if it has one, {@link #FILL_CONNECTIONS} visits at a time.
   */
  public static Fill fill(URI origin, List<Visit> visits) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(FILL_CONNECTIONS);
    try {
      List<Future<?>> requests = visits.stream().<Future<?>>map(visit -> pool.submit(() -> {
        for (String page : visit.pages()) {
          if (!answers200(client, origin.resolve(page), visit.session())) {
            failed.incrementAndGet();
          }
        }
      })).toList();
      for (Future<?> request : requests) {
        try {
          request.get();
        } catch (ExecutionException e) {
          failed.incrementAndGet();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Fill(Visit.pageViews(visits), failed.get(), Duration.ofNanos(System.nanoTime() - start));
  }

  private static boolean answers200(HttpClient client, URI page, Optional<SessionCookie> session) {
    HttpRequest.Builder request = HttpRequest.newBuilder(page).timeout(REQUEST_TIMEOUT).header("Accept", "text/html");
    session.ifPresent(cookie -> request.header("Cookie", cookie.header()));
    try {
      HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void run(Target target, String script) {
    ExecResult result = target.shell(script);
    if (!result.succeeded()) {
      throw new TargetException("emptying Drupal's caches failed (" + script + "): " + result.stderr().strip());
    }
  }
}
