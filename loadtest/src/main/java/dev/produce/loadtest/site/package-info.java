/**
 * The server side of a load test, in a target container ({@link dev.produce.verifier.container.ContainerTarget}):
 * installing the fixture site from {@code fixtures/site}, starting its services on stock settings,
 * applying a bundle, reading the cache daemon's own hit and miss counters and the fixture site's count of
 * Drupal cache reads ({@code GET /fixture/cache-reads}).
 */
package dev.produce.loadtest.site;
