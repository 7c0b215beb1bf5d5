/**
 * Container tests of the apply contract: generated bundles applied by their own {@code produce} in
 * real Debian 12 containers ({@link dev.produce.verifier.container.ContainerTarget}) with real nginx,
 * PHP-FPM 8.2, Redis and Memcached, and no systemd. They prove the effective values equal the
 * profile, idempotence, refusals, restore on failure, rollback, dry-run, the air gap and the
 * Drupal wiring; and {@code server/produce-apply}, the server-side check of signed bundles.
 * Containers are shared within a class where the tests allow it; each class prints how long it took
 * and how long the container suite has run so far.
 */
package dev.produce.generators.apply;
