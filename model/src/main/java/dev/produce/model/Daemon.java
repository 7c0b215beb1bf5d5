package dev.produce.model;

/** The services a bundle may configure; each managed file belongs to at most one. */
public enum Daemon {
  NGINX,
  PHP_FPM,
  REDIS,
  MEMCACHED,
  /** Files read by Drupal on each request; no service to reload. */
  DRUPAL
}
