package dev.produce.verifier.check;

/** Outcome of one check. */
public enum Status {
  /** Every expectation held (possibly after retries: see {@link CheckResult#attempts()}). */
  PASSED,
  /** The check ran and an expectation did not hold. */
  FAILED,
  /** The check could not run: the target failed (container gone, exec impossible). */
  ERROR,
  /** Not automatable: a human checks it; listed, never run. */
  MANUAL,
  /** Not run: declared for a deeper level, or an earlier step failed. */
  SKIPPED
}
