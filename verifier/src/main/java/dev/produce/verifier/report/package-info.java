/**
 * Report formats. Every report is a formatter of a flat list of
 * {@link dev.produce.verifier.check.CheckResult}s: {@link dev.produce.verifier.report.ConsoleReport}
 * (one line per check as it runs, a summary, the failures with their evidence),
 * {@link dev.produce.verifier.report.JunitXmlReport} (suites = sections, cases = items) and
 * {@link dev.produce.verifier.report.JsonReport} (flat results with durations).
 *
 * <p>Each formatter masks the run's {@link dev.produce.verifier.check.Secrets} in every field it
 * prints, whatever its input, and prints results in the order given: same results, same bytes.
 * Formatters return text; writing files is the caller's business.
 */
package dev.produce.verifier.report;
