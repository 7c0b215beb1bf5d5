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

  /** The path of the daemon's unix socket (memcached), a PHP literal. */
  public String socket() {
    if (!drupal.overSocket()) {
      throw new IllegalStateException("not wired over a unix socket: " + drupal.host() + ":" + drupal.port());
    }
    return quote(drupal.host());
  }

  public String prefix() {
    return quote(drupal.prefix());
  }

  /** {@code TRUE} or {@code FALSE}: whether each PHP-FPM worker keeps its Redis connection (redis module only). */
  public String redisPersistent() {
    return redisClient().persistent() ? "TRUE" : "FALSE";
  }

  /** Cache data longer than this many bytes is stored compressed (redis module only). */
  public int redisCompressLength() {
    return redisClient().compressLength();
  }

  /** The zlib level of that compression (redis module only). */
  public int redisCompressLevel() {
    return redisClient().compressLevel();
  }

  private DrupalCache.RedisClient redisClient() {
    return drupal.redisClient().orElseThrow(() -> new IllegalStateException("not a redis module wiring"));
  }

  /** A PHP single-quoted string literal: only {@code \} and {@code '} need escaping there. */
  static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
