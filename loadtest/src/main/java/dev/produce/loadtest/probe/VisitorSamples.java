package dev.produce.loadtest.probe;

import dev.produce.loadtest.summary.Percentiles;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * The probe's measurements of one kind of visitor (anonymous or logged in): TTFB of the pages that
 * answered 200 and the {@code X-Micro-Cache} tally of every response. Safe to read while the probe
 * records.
 */
final class VisitorSamples {
  private final ConcurrentHistogram micros = new ConcurrentHistogram(1, 3_600_000_000L, 3);
  private final AtomicReference<MicrocacheTally> microcache = new AtomicReference<>(MicrocacheTally.NONE);

  /** Records a response: its TTFB counts as a sample when {@code ok}, its microcache status always. */
  void record(long ttfbMicros, boolean ok, Optional<String> microcacheStatus) {
    if (ok) {
      micros.recordValue(Math.max(1, ttfbMicros));
    }
    microcache.updateAndGet(tally -> tally.plus(microcacheStatus));
  }

  Optional<Percentiles> percentiles() {
    return Percentiles.ofMicros(micros.copy());
  }

  MicrocacheTally microcache() {
    return microcache.get();
  }
}
