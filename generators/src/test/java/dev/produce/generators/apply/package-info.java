/**
 * Container tests of the apply contract: generated bundles applied by their own {@code produce} in
 * real Debian containers ({@link dev.produce.verifier.container.ContainerTarget}) with real nginx,
 * PHP-FPM, Redis and Memcached. Every class runs on Debian 12 without systemd; the classes marked
 * {@link dev.produce.generators.apply.EveryPlatform} also on Debian 13 booted with systemd
 * ({@link dev.produce.generators.apply.ItPlatform}, ADR 0008). They prove the effective values equal
 * the profile, idempotence, refusals, restore on failure, rollback, dry-run, the air gap and the
 * Drupal wiring; and {@code server/produce-apply}, the server-side check of signed bundles.
 * Containers are shared within a class where the tests allow it; each class prints how long it took,
 * on which platform, and how long the container suite has run so far.
 */
package dev.produce.generators.apply;
