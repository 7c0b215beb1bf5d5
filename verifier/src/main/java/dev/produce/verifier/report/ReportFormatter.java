package dev.produce.verifier.report;

import dev.produce.verifier.check.CheckResult;
import java.util.List;

/** Turns a run's results into one report document. */
public interface ReportFormatter {

  /** The whole report for {@code results} (in run order). */
  String format(List<CheckResult> results);
}
