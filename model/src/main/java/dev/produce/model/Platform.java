package dev.produce.model;

/**
 * The target distro's paths, package names, service names and users: the one place for what
 * differs between distros. Built today for Debian 12 only ({@link #debian12}); a {@code Distro}
 * choosing between several will hold these facts.
 *
 * @param name the distro, e.g. {@code debian-12}
 * @param webUser the user (and group) nginx's workers and the PHP-FPM pool run as
 * @param php PHP's binaries, service and paths for the chosen version
 * @param nginx nginx's
 * @param redis Redis's
 * @param memcached Memcached's
 */
public record Platform(
    String name, String webUser, PhpPaths php, NginxPaths nginx, RedisPaths redis, MemcachedPaths memcached) {

  /** Debian 12 (bookworm) with {@code php}. */
  public static Platform debian12(PhpVersion php) {
    return new Platform("debian-12", "www-data", PhpPaths.debian(php), NginxPaths.debian(), RedisPaths.debian(),
        MemcachedPaths.debian());
  }
}
