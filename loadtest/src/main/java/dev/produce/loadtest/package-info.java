/**
 * {@code produce-loadtest}: serves the Drupal-shaped fixture site ({@code fixtures/site}) from a
 * target container on stock Debian settings, runs a Gatling simulation (before), applies a bundle in
 * the same container, runs it again (after), and writes the Gatling HTML reports, {@code summary.json},
 * {@code summary.md} and a chart, with a gate on the TTFB reduction.
 */
package dev.produce.loadtest;
