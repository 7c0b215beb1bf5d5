package dev.produce.loadtest.summary;

import java.util.Map;
import java.util.Optional;

/** Phase results and run descriptions for the summary tests. */
final class Phases {
  private Phases() {}

  static Percentiles ms(double p50, double p95, double p99, double max) {
    return new Percentiles(p50, p95, p99, max);
  }

  /** A phase with TTFB {@code ttfb}, 3000 requests of which {@code errors} failed, 30 s, 600 probe samples. */
  static PhaseResult phase(Percentiles ttfb, long errors, Double hitRate) {
    return new PhaseResult(Optional.of(ttfb), Optional.of(ms(20, 80, 120, 300)), 3000, errors, 30.0,
        Optional.ofNullable(hitRate), Optional.ofNullable(hitRate).map(rate -> 0L), 600, 0,
        Map.of("page_anonymous", new KindStats(2000, errors, Optional.of(ms(20, 80, 120, 300)))), Optional.of(12.5));
  }

  static RunInfo run() {
    return new RunInfo("fixture site in produce/target:0123456789ab", Optional.of("produce-compile --memory 2048"
        + " --cache redis"), 16, 30, 10, new Machine(2, 24105, 0.5, 1.75, "Linux 6.1 amd64, Java 17.0.15"));
  }
}
