package dev.produce.loadtest.probe;

import dev.produce.loadtest.summary.Percentiles;
import dev.produce.loadtest.traffic.RequestKind;
import dev.produce.loadtest.traffic.Visit;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Measures TTFB alongside a Gatling run: one request at a time, at most one per {@code interval},
 * to landing pages of the same visits Gatling sends (logged-in ones with their session cookie, in
 * the given share). A request counts as a sample when it answers 200, else as an error. Besides
 * the TTFB of all samples it keeps the TTFB of anonymous and of logged-in visits apart, and counts
 * per kind of visitor the responses carrying nginx's {@code X-Micro-Cache} header and its HITs.
 */
public final class TtfbProbe implements AutoCloseable {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  /** Set by nginx's microcache ({@code $upstream_cache_status}): HIT, MISS, EXPIRED, BYPASS, … */
  static final String MICROCACHE_HEADER = "X-Micro-Cache";

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
  private final ConcurrentHistogram micros = new ConcurrentHistogram(1, 3_600_000_000L, 3);
  private final Map<RequestKind, VisitorSamples> byVisitor = new EnumMap<>(Map.of(
      RequestKind.PAGE_ANONYMOUS, new VisitorSamples(), RequestKind.PAGE_AUTHENTICATED, new VisitorSamples()));
  private final AtomicLong errors = new AtomicLong();
  private final String origin;
  private final Iterator<Visit> anonymous;
  private final Optional<Iterator<Visit>> authenticated;
  private final double authenticatedShare;
  private final Duration interval;
  private final Thread thread;
  private volatile boolean running = true;

  private TtfbProbe(String origin, Iterator<Visit> anonymous, Optional<Iterator<Visit>> authenticated,
      double authenticatedShare, Duration interval) {
    this.origin = origin;
    this.anonymous = anonymous;
    this.authenticated = authenticated;
    this.authenticatedShare = authenticatedShare;
    this.interval = interval;
    this.thread = new Thread(this::loop, "ttfb-probe");
    thread.setDaemon(true);
  }

  /** Starts probing {@code origin} (scheme://host:port) until {@link #close()}. */
  public static TtfbProbe start(String origin, Iterator<Visit> anonymous, Optional<Iterator<Visit>> authenticated,
      double authenticatedShare, Duration interval) {
    TtfbProbe probe = new TtfbProbe(origin, anonymous, authenticated, authenticatedShare, interval);
    probe.thread.start();
    return probe;
  }

  private void loop() {
    SplittableRandom random = new SplittableRandom(7);
    while (running) {
      long started = System.nanoTime();
      boolean loggedIn = authenticated.isPresent() && random.nextDouble() < authenticatedShare;
      Visit visit = loggedIn ? authenticated.get().next() : anonymous.next();
      probe(visit);
      long left = interval.toNanos() - (System.nanoTime() - started);
      if (left > 0) {
        try {
          Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private void probe(Visit visit) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + visit.pages().get(0)))
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", "text/html")
        .header("Accept-Encoding", "gzip")
        .header("User-Agent", "produce-loadtest (TTFB probe)");
    visit.session().ifPresent(cookie -> request.header("Cookie", cookie.header()));
    try {
      long sent = System.nanoTime();
      HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      long headers = System.nanoTime();
      try (InputStream body = response.body()) {
        body.transferTo(java.io.OutputStream.nullOutputStream());
      }
      long ttfbMicros = (headers - sent) / 1000;
      boolean ok = response.statusCode() == 200;
      if (ok) {
        micros.recordValue(Math.max(1, ttfbMicros));
      } else {
        errors.incrementAndGet();
      }
      // HttpHeaders looks names up case-insensitively.
      byVisitor.get(visit.kind()).record(ttfbMicros, ok, response.headers().firstValue(MICROCACHE_HEADER));
    } catch (IOException e) {
      errors.incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** TTFB of the successful samples so far, in milliseconds. */
  public Optional<Percentiles> percentiles() {
    return Percentiles.ofMicros(micros.copy());
  }

  /**
   * TTFB of the successful samples of one kind of visitor so far ({@link RequestKind#PAGE_ANONYMOUS}
   * or {@link RequestKind#PAGE_AUTHENTICATED}), in milliseconds.
   */
  public Optional<Percentiles> percentiles(RequestKind visitor) {
    return samplesOf(visitor).percentiles();
  }

  /**
   * HITs of nginx's microcache in the share of the responses to one kind of visitor so far; empty
   * when that kind got no response or no response at all carried {@code X-Micro-Cache} (no microcache).
   */
  public Optional<Double> microcacheHitRate(RequestKind visitor) {
    boolean headerSeen = byVisitor.values().stream().anyMatch(samples -> samples.microcache().withHeader() > 0);
    return samplesOf(visitor).microcache().hitRate(headerSeen);
  }

  private VisitorSamples samplesOf(RequestKind visitor) {
    VisitorSamples samples = byVisitor.get(visitor);
    if (samples == null) {
      throw new IllegalArgumentException("the probe requests pages only, not " + visitor);
    }
    return samples;
  }

  /** Probe requests that answered 200. */
  public long samples() {
    return micros.getTotalCount();
  }

  /** Probe requests that answered another status or not at all. */
  public long errors() {
    return errors.get();
  }

  /** Stops probing after the request in flight. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join(REQUEST_TIMEOUT.toMillis() + 5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
