package dev.produce.model;

/**
 * Where the target distro keeps what a bundle configures: the one place for paths, package names
 * and service names that differ between distros. Built today for Debian 12 only
 * ({@link #debian12}); a {@code Distro} record choosing between several will hold these facts.
 *
 * @param name the distro, e.g. {@code debian-12}
 * @param php PHP's paths, binaries and service for the chosen version
 * @param nginxPackage nginx's package
 * @param nginxConfDir nginx's configuration directory, e.g. {@code /etc/nginx}
 * @param nginxCacheDir the parent of nginx's caches, created by apply when missing (Debian ships none)
 * @param nginxPidfile the nginx master's pid file
 * @param webUser the user nginx workers and the PHP-FPM pool run as
 * @param redisPackage Redis's package
 * @param redisConfig Redis's configuration file
 * @param redisUser the user (and group) Redis runs as
 * @param memcachedPackage Memcached's package
 * @param memcachedConfig Memcached's configuration file
 */
public record Platform(
    String name, PhpPaths php, String nginxPackage, String nginxConfDir, String nginxCacheDir, String nginxPidfile,
    String webUser, String redisPackage, String redisConfig, String redisUser, String memcachedPackage,
    String memcachedConfig) {

  /** Debian 12 (bookworm) with {@code php}. */
  public static Platform debian12(PhpVersion php) {
    return new Platform("debian-12", PhpPaths.debian(php), "nginx", "/etc/nginx", "/var/cache/nginx",
        "/run/nginx.pid", "www-data", "redis-server", "/etc/redis/redis.conf", "redis", "memcached",
        "/etc/memcached.conf");
  }

  /** nginx's http-context tuning, e.g. {@code /etc/nginx/conf.d/performance.conf}. */
  public String nginxPerformanceConf() {
    return nginxConfDir + "/conf.d/performance.conf";
  }

  /** produce's server-context snippet {@code name}, e.g. {@code /etc/nginx/snippets/produce-drupal.conf}. */
  public String nginxSnippet(String name) {
    return nginxConfDir + "/snippets/" + name;
  }
}
