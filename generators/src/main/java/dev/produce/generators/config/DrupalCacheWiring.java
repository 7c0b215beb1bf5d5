package dev.produce.generators.config;

import dev.produce.model.CacheBackend;
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

  /** Whether the backend is Redis (otherwise Memcache). */
  public boolean redis() {
    return drupal.backend() == CacheBackend.REDIS;
  }

  /** {@code Redis} or {@code Memcached}, for comments. */
  public String backendName() {
    return redis() ? "Redis" : "Memcached";
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
