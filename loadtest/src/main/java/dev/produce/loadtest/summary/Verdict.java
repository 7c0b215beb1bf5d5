package dev.produce.loadtest.summary;

/** What the repeated runs at one load say about the bundle's p95 TTFB. */
public enum Verdict {
  /** Every after run's p95 lies below every before run's. */
  BETTER("better"),
  /** Every after run's p95 lies above every before run's: a regression. */
  WORSE("worse"),
  /** The before and after ranges overlap (or a side has a single run or no TTFB): the runs cannot tell. */
  INCONCLUSIVE("inconclusive");

  private final String word;

  Verdict(String word) {
    this.word = word;
  }

  /** The word in summary.json, summary.md and the gate's reasons. */
  public String word() {
    return word;
  }
}
