package dev.produce.verifier.run;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Status;
import java.util.List;

/** Exit codes of {@code produce-verify}, the same as every produce command's. */
public enum ExitCode {
  /** Every check and phase passed (manual and skipped ones do not fail a run). */
  PASSED(0),
  /** A check or phase failed. */
  CHECKS_FAILED(1),
  /** The spec is invalid (lint errors) or the command line is wrong; nothing ran. */
  INVALID(2),
  /** The environment failed: no Docker, a missing image, a target that died. */
  ENVIRONMENT(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }

  /**
   * The exit code of a run with {@code results}: {@link #ENVIRONMENT} when any result is an
   * {@link Status#ERROR} (the run cannot be trusted), else {@link #CHECKS_FAILED} when any
   * failed, else {@link #PASSED}.
   */
  public static ExitCode of(List<CheckResult> results) {
    if (results.stream().anyMatch(result -> result.status() == Status.ERROR)) {
      return ENVIRONMENT;
    }
    if (results.stream().anyMatch(result -> result.status() == Status.FAILED)) {
      return CHECKS_FAILED;
    }
    return PASSED;
  }
}
