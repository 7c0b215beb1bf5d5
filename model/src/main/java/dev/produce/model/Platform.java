package dev.produce.model;

import java.util.Optional;

/**
 * The target distro's paths, package names, service names and users for one compile: the one place
 * for what differs between distros. Built by {@link Distro#platform}.
 *
 * @param distro the Debian release
 * @param webUser the user (and group) nginx's workers and the PHP-FPM pool run as
 * @param php PHP's binaries, service and paths for the chosen version
 * @param nginx nginx's
 * @param redis the Redis-protocol server the bundle configures: Redis, or Valkey with {@code --cache valkey}
 * @param memcached Memcached's
 */
public record Platform(
    Distro distro, String webUser, PhpPaths php, NginxPaths nginx, RedisPaths redis, MemcachedPaths memcached) {

  /** The distro as written on the command line, e.g. {@code debian-13}. */
  public String name() {
    return distro.optionValue();
  }

  /**
   * The other Redis-protocol server the distro packages (Valkey beside Redis, Redis beside Valkey):
   * both listen on port 6379 by default, so where it runs on the bundle's port the apply stops it
   * before it starts {@link #redis()}. Empty where the distro packages only one (Debian 12: Redis).
   */
  public Optional<RedisPaths> otherRedis() {
    return redis.packageName().startsWith("valkey")
        ? Optional.of(RedisPaths.redis(distro.redis()))
        : distro.valkey().map(RedisPaths::valkey);
  }

  /** Debian 12 (bookworm) with {@code php} and Redis. */
  public static Platform debian12(PhpVersion php) {
    return Distro.DEBIAN_12.platform(php, CacheBackend.REDIS);
  }
}
