package dev.produce.loadtest.probe;

import java.util.Optional;

/**
 * What the {@code X-Micro-Cache} header said on the probe's responses to one kind of visitor.
 *
 * @param answered   responses received (any status; requests that got none are not counted)
 * @param withHeader responses that carried {@code X-Micro-Cache} (any value)
 * @param hits       responses whose {@code X-Micro-Cache} was {@code HIT}
 */
public record MicrocacheTally(long answered, long withHeader, long hits) {
  public static final MicrocacheTally NONE = new MicrocacheTally(0, 0, 0);

  public MicrocacheTally {
    if (hits < 0 || withHeader < hits || answered < withHeader) {
      throw new IllegalArgumentException("need 0 <= hits <= withHeader <= answered, was " + hits + ", " + withHeader
          + ", " + answered);
    }
  }

  /** This tally plus one response whose {@code X-Micro-Cache} value was {@code status} (empty: no header). */
  public MicrocacheTally plus(Optional<String> status) {
    boolean hit = status.map(value -> value.trim().equalsIgnoreCase("HIT")).orElse(false);
    return new MicrocacheTally(answered + 1, withHeader + (status.isPresent() ? 1 : 0), hits + (hit ? 1 : 0));
  }

  /**
   * Hits in the share of all answered responses, or empty when nothing was answered or nginx has no
   * microcache: {@code headerSeen} is whether any probe response of the phase, of any visitor kind,
   * carried the header (logged-in pages without it then count as not cached, 0 %).
   */
  public Optional<Double> hitRate(boolean headerSeen) {
    return headerSeen && answered > 0 ? Optional.of((double) hits / answered) : Optional.empty();
  }
}
