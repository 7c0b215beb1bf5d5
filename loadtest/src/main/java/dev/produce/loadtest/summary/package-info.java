/**
 * The load test's results and their arithmetic, free of I/O: percentiles computed from
 * HdrHistogram histograms (Gatling 3.13+ writes no machine-readable statistics), the p95 TTFB
 * reduction, the gate, and the formatters of {@code summary.json}, {@code summary.md} and the
 * before/after chart ({@code ttfb.svg}).
 */
package dev.produce.loadtest.summary;
