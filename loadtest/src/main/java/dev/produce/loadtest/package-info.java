/**
 * {@code produce-loadtest}: serves the Drupal-shaped fixture site ({@code fixtures/site}) from a
 * target container on its own CPUs on stock Debian settings, measures stock's capacity, then runs
 * Gatling before and after the bundle in alternation (B A B A …, {@code ./produce} and
 * {@code ./produce --rollback} between them) at open arrival rates of a share of that capacity and at
 * saturation, and writes the Gatling HTML reports, {@code summary.json}, {@code summary.md} and a
 * chart, with a gate on the median p95 TTFB ratio at every load. With {@code --twins}
 * ({@link dev.produce.loadtest.TwinLoadTest}), two twin sites take the same load at the same time, stock on
 * one and the bundle on the other.
 */
package dev.produce.loadtest;
