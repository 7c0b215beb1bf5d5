package dev.produce.loadtest.summary;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one measured phase (before or after) yielded.
 *
 * @param ttfbMs              time to first byte of HTML pages, from the probe; empty without a successful sample
 * @param ttfbAnonymousMs     the same for anonymous visitors' pages alone
 * @param ttfbAuthenticatedMs the same for logged-in visitors' pages alone (empty without logged-in traffic)
 * @param responseMs          Gatling's full response time of HTML pages (successful ones)
 * @param requests            Gatling requests of every kind
 * @param errors              Gatling requests that failed
 * @param durationSeconds     wall time of the measured run
 * @param cacheHitRate        hits / (hits + misses) from the cache daemon's own counters, empty without one
 * @param cacheEvictions      items the cache daemon evicted for room, empty without one
 * @param ttfbSamples         probe requests that succeeded
 * @param ttfbErrors          probe requests that failed
 * @param byKind              Gatling's requests by kind, e.g. {@code page_anonymous}
 * @param backgroundCpuPct    share of the machine's CPU used by neither the load test nor the site during
 *                            the run (other work: noise in every number), empty where it cannot be read
 * @param microcacheHitRate   share (0..1) of the probe's responses to anonymous visitors that nginx's
 *                            microcache answered ({@code X-Micro-Cache: HIT}); empty when no probe response
 *                            carried {@code X-Micro-Cache} (nginx has no microcache)
 * @param microcacheHitRateAuthenticated the same for logged-in visitors (0 expected: they must bypass it)
 * @param pageLoadMs          anonymous page loads: from the start of the HTML page's request to the end of its last
 *                            asset's (Gatling's "page load" group), successful visits only
 * @param drupalCacheReads    Drupal cache item reads per bin during the run, as the fixture site counts them
 *                            ({@code GET /fixture/cache-reads}); empty when not counted (not the fixture site, no
 *                            APCu, or the counters were reset during the run)
 */
public record PhaseResult(
    Optional<Percentiles> ttfbMs,
    Optional<Percentiles> ttfbAnonymousMs,
    Optional<Percentiles> ttfbAuthenticatedMs,
    Optional<Percentiles> responseMs,
    long requests,
    long errors,
    double durationSeconds,
    Optional<Double> cacheHitRate,
    Optional<Long> cacheEvictions,
    long ttfbSamples,
    long ttfbErrors,
    Map<String, KindStats> byKind,
    Optional<Double> backgroundCpuPct,
    Optional<Double> microcacheHitRate,
    Optional<Double> microcacheHitRateAuthenticated,
    Optional<Percentiles> pageLoadMs,
    Map<String, BinReads> drupalCacheReads) {

  public PhaseResult {
    Objects.requireNonNull(ttfbMs, "ttfbMs");
    Objects.requireNonNull(ttfbAnonymousMs, "ttfbAnonymousMs");
    Objects.requireNonNull(ttfbAuthenticatedMs, "ttfbAuthenticatedMs");
    Objects.requireNonNull(responseMs, "responseMs");
    Objects.requireNonNull(cacheHitRate, "cacheHitRate");
    Objects.requireNonNull(cacheEvictions, "cacheEvictions");
    if (requests < 0 || errors < 0 || errors > requests) {
      throw new IllegalArgumentException("need 0 <= errors <= requests, was " + errors + " of " + requests);
    }
    if (!(durationSeconds > 0)) {
      throw new IllegalArgumentException("duration must be positive: " + durationSeconds);
    }
    requireShare(cacheHitRate, "cache hit rate");
    byKind = Map.copyOf(new TreeMap<>(byKind));
    Objects.requireNonNull(backgroundCpuPct, "backgroundCpuPct");
    requireShare(microcacheHitRate, "microcache hit rate");
    requireShare(microcacheHitRateAuthenticated, "microcache hit rate of logged-in pages");
    Objects.requireNonNull(pageLoadMs, "pageLoadMs");
    drupalCacheReads = Map.copyOf(new TreeMap<>(drupalCacheReads));
  }

  /**
   * The share (0..1) of Drupal cache item reads of every bin served from cache (the seed's "cache hit rate");
   * empty when nothing was counted.
   */
  public Optional<Double> drupalCacheHitRate() {
    return BinReads.total(drupalCacheReads.values()).hitRate();
  }

  /** The counted bins by name, in name order. */
  public Map<String, BinReads> drupalCacheReadsByBin() {
    return new TreeMap<>(drupalCacheReads);
  }

  private static void requireShare(Optional<Double> share, String name) {
    Objects.requireNonNull(share, name);
    share.ifPresent(rate -> {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException(name + " must be within 0..1: " + rate);
      }
    });
  }

  /** Gatling requests per second over the measured run. */
  public double throughputRps() {
    return requests / durationSeconds;
  }

  /** Failed requests (Gatling's and the probe's) in percent of all requests sent. */
  public double errorRatePct() {
    long all = requests + ttfbSamples + ttfbErrors;
    return all == 0 ? 0 : 100.0 * (errors + ttfbErrors) / all;
  }
}
