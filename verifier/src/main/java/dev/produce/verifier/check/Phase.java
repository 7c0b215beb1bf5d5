package dev.produce.verifier.check;

import java.util.Locale;

/** The step of a verification a result belongs to, in run order. */
public enum Phase {
  /** Copying the bundle in and applying it. */
  APPLY,
  /** The checks of the {@code .verification.yml}. */
  CHECKS,
  /** A second apply, judged by the state it leaves. */
  IDEMPOTENCE,
  /** Apply and quick checks on a second target without network. */
  OFFLINE;

  /** Lower-case name for reports: {@code apply}, {@code checks}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
