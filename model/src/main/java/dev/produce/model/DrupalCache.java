package dev.produce.model;

import java.util.Optional;

/**
 * How Drupal is wired to the cache backend by {@code settings.produce.php}. The fragment switches
 * the backend only when the PHP extension is loaded and the contrib module's services file exists,
 * and never while Drupal is being installed.
 *
 * @param backend redis or memcache (never none)
 * @param module the contrib module's machine name ({@code redis} or {@code memcache})
 * @param moduleDir the module's directory relative to the docroot
 * @param phpExtension the PHP extension the module needs ({@code redis} or {@code memcached})
 * @param cacheService the Drupal cache service name, e.g. {@code cache.backend.redis}
 * @param host the daemon's loopback address, or the path of its unix socket (memcached)
 * @param port the daemon's TCP port; 0 for a unix socket
 * @param prefix the cache key prefix, unique per site root so that several sites can share a daemon
 * @param settingsFile where the fragment is installed on the target
 * @param settingsPhp the site's {@code settings.php} that gets the guarded include
 * @param redisClient how the redis module talks to Redis or Valkey; empty for memcache
 */
public record DrupalCache(
    CacheBackend backend, String module, String moduleDir, String phpExtension, String cacheService, String host,
    int port, String prefix, String settingsFile, String settingsPhp, Optional<RedisClient> redisClient) {
  public DrupalCache {
    if (backend == CacheBackend.NONE) {
      throw new IllegalArgumentException("no Drupal cache wiring without a cache backend");
    }
    if (port < 0 || port > 65535 || (port == 0 && !host.startsWith("/"))) {
      throw new IllegalArgumentException("a TCP port 1…65535, or 0 with a socket's absolute path; was " + host + ":"
          + port);
    }
    if (redisClient.isPresent() != backend.speaksRedis()) {
      throw new IllegalArgumentException("redis client settings belong to the redis module's backends only");
    }
  }

  /**
   * The redis module's connection and storage settings.
   *
   * @param persistent {@code $settings['redis.connection']['persistent']}: each PHP-FPM worker keeps its
   *     connection across requests ({@code pconnect}) instead of opening one per request
   * @param compressLength {@code $settings['redis_compress_length']}: cache data longer than this many bytes
   *     is stored gzcompress'ed
   * @param compressLevel {@code $settings['redis_compress_level']}: zlib level of that compression (1 … 9)
   */
  public record RedisClient(boolean persistent, int compressLength, int compressLevel) {
    public RedisClient {
      if (compressLength < 1 || compressLevel < 1 || compressLevel > 9) {
        throw new IllegalArgumentException("compression: length ≥ 1 and level 1…9, was " + compressLength + "/"
            + compressLevel);
      }
    }
  }

  /** Whether Drupal reaches the daemon over a unix socket ({@link #host()} is its path). */
  public boolean overSocket() {
    return port == 0;
  }

  /** The module's services file relative to the docroot, the file the guard looks for. */
  public String servicesFile() {
    return moduleDir + "/" + module + ".services.yml";
  }
}
