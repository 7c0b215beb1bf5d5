package dev.produce.loadtest.summary;

import java.util.Map;
import java.util.Optional;

/** Phase results and run descriptions for the summary tests. */
final class Phases {
  private Phases() {}

  static Percentiles ms(double p50, double p95, double p99, double max) {
    return new Percentiles(p50, p95, p99, max);
  }

  /**
   * A phase with TTFB {@code ttfb}, 3000 requests of which {@code errors} failed, 30 s, 600 probe samples;
   * neither TTFB by visitor nor a microcache.
   */
  static PhaseResult phase(Percentiles ttfb, long errors, Double hitRate) {
    return new PhaseResult(Optional.of(ttfb), Optional.empty(), Optional.empty(), Optional.of(ms(20, 80, 120, 300)),
        3000, errors, 30.0, Optional.ofNullable(hitRate), Optional.ofNullable(hitRate).map(rate -> 0L), 600, 0,
        Map.of("page_anonymous", new KindStats(2000, errors, Optional.of(ms(20, 80, 120, 300)))), Optional.of(12.5),
        Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
  }

  /** {@code phase} with TTFB by visitor and microcache hit rates ({@code null}: none). */
  static PhaseResult byVisitor(PhaseResult phase, Percentiles anonymous, Percentiles authenticated,
      Double microcacheAnonymous, Double microcacheAuthenticated) {
    return new PhaseResult(phase.ttfbMs(), Optional.ofNullable(anonymous), Optional.ofNullable(authenticated),
        phase.responseMs(), phase.requests(), phase.errors(), phase.durationSeconds(), phase.cacheHitRate(),
        phase.cacheEvictions(), phase.ttfbSamples(), phase.ttfbErrors(), phase.byKind(), phase.backgroundCpuPct(),
        Optional.ofNullable(microcacheAnonymous), Optional.ofNullable(microcacheAuthenticated), phase.pageLoadMs(),
        phase.drupalCacheReads());
  }

  /** {@code phase} with {@code requests} requests in the same time (so another throughput). */
  static PhaseResult withRequests(PhaseResult phase, long requests) {
    return new PhaseResult(phase.ttfbMs(), phase.ttfbAnonymousMs(), phase.ttfbAuthenticatedMs(), phase.responseMs(),
        requests, phase.errors(), phase.durationSeconds(), phase.cacheHitRate(), phase.cacheEvictions(),
        phase.ttfbSamples(), phase.ttfbErrors(), phase.byKind(), phase.backgroundCpuPct(), phase.microcacheHitRate(),
        phase.microcacheHitRateAuthenticated(), phase.pageLoadMs(), phase.drupalCacheReads());
  }

  /** {@code phase} with page loads ({@code null}: none) and Drupal cache reads per bin (empty: not counted). */
  static PhaseResult seedMetrics(PhaseResult phase, Percentiles pageLoad, Map<String, BinReads> drupalCacheReads) {
    return new PhaseResult(phase.ttfbMs(), phase.ttfbAnonymousMs(), phase.ttfbAuthenticatedMs(), phase.responseMs(),
        phase.requests(), phase.errors(), phase.durationSeconds(), phase.cacheHitRate(), phase.cacheEvictions(),
        phase.ttfbSamples(), phase.ttfbErrors(), phase.byKind(), phase.backgroundCpuPct(), phase.microcacheHitRate(),
        phase.microcacheHitRateAuthenticated(), Optional.ofNullable(pageLoad), drupalCacheReads);
  }

  static RunInfo run() {
    return new RunInfo("fixture site in produce/target:0123456789ab", Optional.of("produce-compile --memory 2048"
        + " --cache redis"), 16, 30, 10, 1, Optional.empty(), new Machine(2, 24105, 0.5, 1.75,
        "Linux 6.1 amd64, Java 17.0.15"), false, false,
        Optional.of(CachesAtStart.FILLED));
  }
}
