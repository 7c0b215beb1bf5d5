package dev.produce.loadtest.summary;

/** What the repeated runs at one load say about the bundle's p95 TTFB. */
public enum Verdict {
  /** Every pair's after run had a lower p95 than its before run. */
  BETTER("better"),
  /** Every pair's after run had a higher p95 than its before run: a regression. */
  WORSE("worse"),
  /** The pairs disagree (or fewer than two pairs measured TTFB): the runs cannot tell. */
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
