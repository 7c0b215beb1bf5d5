package dev.produce.verifier.run;

import dev.produce.verifier.check.CheckResult;

/** Hears every result as soon as it exists (already masked), e.g. to print one line per check. */
@FunctionalInterface
public interface RunListener {

  /** Ignores everything. */
  RunListener NONE = result -> { };

  void onResult(CheckResult result);
}
