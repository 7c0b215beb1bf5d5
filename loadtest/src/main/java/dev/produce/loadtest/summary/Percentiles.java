package dev.produce.loadtest.summary;

import java.util.Optional;
import org.HdrHistogram.AbstractHistogram;

/**
 * Latency percentiles in milliseconds (two decimals).
 *
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max largest value recorded
 */
public record Percentiles(double p50, double p95, double p99, double max) {

  public Percentiles {
    if (p50 < 0 || p95 < p50 || p99 < p95 || max < p99) {
      throw new IllegalArgumentException("percentiles must be non-negative and ascending: " + p50 + ", " + p95
          + ", " + p99 + ", " + max);
    }
  }

  /**
   * The percentiles of a histogram of microseconds, or empty when it holds no value. Each is the
   * middle of its HdrHistogram bucket (3 significant digits: within 0.05 % of the recorded value).
   */
  public static Optional<Percentiles> ofMicros(AbstractHistogram micros) {
    if (micros.getTotalCount() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Percentiles(
        millis(micros.medianEquivalentValue(micros.getValueAtPercentile(50.0))),
        millis(micros.medianEquivalentValue(micros.getValueAtPercentile(95.0))),
        millis(micros.medianEquivalentValue(micros.getValueAtPercentile(99.0))),
        millis(micros.medianEquivalentValue(micros.getMaxValue()))));
  }

  private static double millis(long micros) {
    return Math.round(micros / 10.0) / 100.0;
  }
}
