package dev.produce.loadtest.traffic;

import dev.produce.loadtest.summary.KindStats;
import dev.produce.loadtest.summary.Percentiles;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Gatling's requests of one run, counted and timed per {@link RequestKind}: the simulation calls
 * {@link #record} after every request and {@link #recordPageLoad} after every anonymous visit whose page
 * and assets all loaded (from Gatling's threads), the summary reads percentiles.
 * Gatling times responses in whole milliseconds; they are kept in microseconds like the probe's.
 */
public final class ResponseRecorder {
  private static final long HIGHEST_MICROS = 3_600_000_000L;

  private final Map<RequestKind, ConcurrentHistogram> micros = new EnumMap<>(RequestKind.class);
  private final Map<RequestKind, AtomicLong> requests = new EnumMap<>(RequestKind.class);
  private final Map<RequestKind, AtomicLong> errors = new EnumMap<>(RequestKind.class);
  private final ConcurrentHistogram pageLoadMicros = new ConcurrentHistogram(1, HIGHEST_MICROS, 3);
  private final AtomicLong firstNanos = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastNanos = new AtomicLong(Long.MIN_VALUE);

  public ResponseRecorder() {
    for (RequestKind kind : RequestKind.values()) {
      micros.put(kind, new ConcurrentHistogram(1, HIGHEST_MICROS, 3));
      requests.put(kind, new AtomicLong());
      errors.put(kind, new AtomicLong());
    }
  }

  /** One request: its response time in milliseconds, or empty when it failed. */
  public void record(RequestKind kind, Optional<Integer> responseMillis) {
    long now = System.nanoTime();
    firstNanos.accumulateAndGet(now, Math::min);
    lastNanos.accumulateAndGet(now, Math::max);
    requests.get(kind).incrementAndGet();
    if (responseMillis.isEmpty()) {
      errors.get(kind).incrementAndGet();
      return;
    }
    micros.get(kind).recordValue(Math.min(HIGHEST_MICROS, Math.max(0, responseMillis.get()) * 1000L));
  }

  /**
   * One anonymous page load that succeeded (the page and every asset it references): microseconds from the
   * start of the page's request to the end of its last asset's.
   */
  public void recordPageLoad(long micros) {
    pageLoadMicros.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, micros)));
  }

  /** The page loads' percentiles; empty before one succeeded. */
  public Optional<Percentiles> pageLoads() {
    return Percentiles.ofMicros(pageLoadMicros);
  }

  public long requests() {
    return requests.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** Seconds from the first recorded response to the last one; 0 before two were recorded. */
  public double spanSeconds() {
    long first = firstNanos.get();
    long last = lastNanos.get();
    return last > first ? (last - first) / 1e9 : 0;
  }

  public long errors() {
    return errors.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** Full response times of the successful HTML page requests, anonymous and authenticated. */
  public Optional<Percentiles> pages() {
    Histogram pages = new Histogram(1, HIGHEST_MICROS, 3);
    for (RequestKind kind : RequestKind.values()) {
      if (kind.isPage()) {
        pages.add(micros.get(kind));
      }
    }
    return Percentiles.ofMicros(pages);
  }

  /** Requests, errors and response times per kind that was sent at all, keyed by {@link RequestKind#key()}. */
  public Map<String, KindStats> byKind() {
    Map<String, KindStats> byKind = new LinkedHashMap<>();
    for (RequestKind kind : RequestKind.values()) {
      long sent = requests.get(kind).get();
      if (sent > 0) {
        byKind.put(kind.key(), new KindStats(sent, errors.get(kind).get(), Percentiles.ofMicros(micros.get(kind))));
      }
    }
    return byKind;
  }
}
