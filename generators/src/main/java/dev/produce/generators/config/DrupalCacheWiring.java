package dev.produce.generators.config;

import dev.produce.model.DrupalCache;

/**
 * {@link DrupalCache} as {@code settings.produce.php} prints it: every string already a PHP
 * single-quoted literal, so the template never quotes anything itself.
 */
public final class DrupalCacheWiring {
  private final DrupalCache drupal;

  public DrupalCacheWiring(DrupalCache drupal) {
    this.drupal = drupal;
  }

  /** Whether Drupal reaches the backend through the redis module (Redis or Valkey; otherwise Memcache). */
  public boolean redis() {
    return drupal.backend().speaksRedis();
  }

  /** {@code Redis}, {@code Valkey} or {@code Memcached}, for comments. */
  public String backendName() {
    return switch (drupal.backend()) {
      case VALKEY -> "Valkey";
      case MEMCACHE -> "Memcached";
      default -> "Redis";
    };
  }

  /** The contrib module's machine name, for comments. */
  public String module() {
    return drupal.module();
  }

  public String moduleDir() {
    return quote(drupal.moduleDir());
  }

  public String servicesFile() {
    return quote(drupal.servicesFile());
  }

  public String cacheService() {
    return quote(drupal.cacheService());
  }

  public String host() {
    return quote(drupal.host());
  }

  public int port() {
    return drupal.port();
  }

  public String prefix() {
    return quote(drupal.prefix());
  }

  /** A PHP single-quoted string literal: only {@code \} and {@code '} need escaping there. */
  static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
