package dev.produce.model;

/** What a bundle changes on the server. */
public enum Scope {
  /** Cache backend and PHP-FPM/opcache/nginx tuning (the default). */
  FULL,
  /** {@code --performance-only}: PHP-FPM, opcache and nginx tuning; no cache backend. */
  PERFORMANCE_ONLY,
  /** {@code --no-performance}: the cache backend and its Drupal wiring; no PHP-FPM or nginx tuning. */
  CACHE_ONLY;

  /** Whether PHP-FPM, opcache and nginx are tuned. */
  public boolean tunesPerformance() {
    return this != CACHE_ONLY;
  }
}
