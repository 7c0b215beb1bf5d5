package dev.produce.loadtest.summary;

import java.util.Collection;
import java.util.Optional;

/**
 * Drupal cache item reads of one bin during a phase, as the fixture site counts them: the cids the
 * application asked the bin for and how many of them it served (a valid item returned).
 *
 * @param reads cids asked for (get and getMultiple)
 * @param hits  valid items returned
 */
public record BinReads(long reads, long hits) {

  public BinReads {
    if (reads < 0 || hits < 0 || hits > reads) {
      throw new IllegalArgumentException("need 0 <= hits <= reads, was " + hits + " of " + reads);
    }
  }

  /** hits / reads; empty without a read. */
  public Optional<Double> hitRate() {
    return reads > 0 ? Optional.of((double) hits / reads) : Optional.empty();
  }

  /** The reads of every bin together. */
  public static BinReads total(Collection<BinReads> bins) {
    return new BinReads(bins.stream().mapToLong(BinReads::reads).sum(), bins.stream().mapToLong(BinReads::hits).sum());
  }
}
