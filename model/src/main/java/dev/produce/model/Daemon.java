package dev.produce.model;

import java.util.Locale;

/** The services a bundle may configure; each managed file belongs to at most one. */
public enum Daemon {
  NGINX,
  PHP_FPM,
  REDIS,
  MEMCACHED,
  /** Files read by Drupal on each request; no service of their own (PHP-FPM's workers read them). */
  DRUPAL;

  /** The name the bundle's scripts use: {@code nginx}, {@code php-fpm}, {@code redis}, … */
  public String shellName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The service reloaded when one of this daemon's files changes: PHP-FPM for Drupal's files (so that
   * opcache sees them at once), the daemon itself otherwise.
   */
  public Daemon service() {
    return this == DRUPAL ? PHP_FPM : this;
  }
}
