package dev.produce.model;

import java.util.ArrayList;
import java.util.List;

/** Which files a profile installs on the target, where, and with which owner and mode. */
final class FileInventory {
  private FileInventory() {}

  static List<ManagedFile> files(Inputs in, PhpPaths php) {
    List<ManagedFile> files = new ArrayList<>();
    if (in.cache() == CacheBackend.REDIS) {
      // Debian ships redis.conf as redis:redis 0640; its unit only lets redis read its own paths.
      files.add(managed("/etc/redis/redis.conf", Daemon.REDIS, "redis", "redis", "0640")
          .keeping(OperatorSettings.REDIS));
    }
    if (in.cache() == CacheBackend.MEMCACHE) {
      files.add(managed("/etc/memcached.conf", Daemon.MEMCACHED, "root", "root", "0644"));
    }
    if (in.scope().tunesPerformance()) {
      files.add(managed(php.fpmConfDir() + "/pool.d/www.conf", Daemon.PHP_FPM, "root", "root", "0644")
          .keeping(OperatorSettings.PHP_FPM_POOL));
      files.add(managed(php.fpmConfDir() + "/conf.d/90-produce.ini", Daemon.PHP_FPM, "root", "root", "0644"));
      files.add(managed("/etc/nginx/conf.d/performance.conf", Daemon.NGINX, "root", "root", "0644"));
      files.add(managed("/etc/nginx/snippets/produce-drupal.conf", Daemon.NGINX, "root", "root", "0644"));
      if (in.microcache()) {
        files.add(managed("/etc/nginx/snippets/produce-microcache.conf", Daemon.NGINX, "root", "root", "0644"));
      }
    }
    if (in.cache() != CacheBackend.NONE) {
      // Read by every user who runs PHP on the site (PHP-FPM, a deploy user's drush): it holds no
      // secret. Writable by nobody but root.
      files.add(new ManagedFile("files/drupal/settings.produce.php",
          in.docroot() + "/sites/default/settings.produce.php", Daemon.DRUPAL, "root", "root", "0644"));
    }
    return files;
  }

  /** Debian's nginx has no /var/cache/nginx; its workers run as www-data and must own the cache. */
  static List<ManagedDirectory> directories(Inputs in) {
    if (!in.scope().tunesPerformance() || !in.microcache()) {
      return List.of();
    }
    return List.of(
        new ManagedDirectory("/var/cache/nginx", Daemon.NGINX, "root", "root", "0755"),
        new ManagedDirectory(NginxSizing.MICROCACHE_PATH, Daemon.NGINX, "www-data", "www-data", "0700"));
  }

  static List<String> packages(Inputs in, PhpPaths php) {
    List<String> packages = new ArrayList<>();
    if (in.scope().tunesPerformance()) {
      packages.add("nginx");
    }
    packages.add(php.fpmService());
    if (in.scope().tunesPerformance()) {
      // APCu is budgeted (apc.shm_size): Drupal's fast chained bins keep their items there.
      packages.add(apcuPackage(php));
    }
    if (in.cache() == CacheBackend.REDIS) {
      packages.add("redis-server");
      packages.add("php" + php.version() + "-redis");
    }
    if (in.cache() == CacheBackend.MEMCACHE) {
      packages.add("memcached");
      packages.add("php" + php.version() + "-memcached");
    }
    return packages;
  }

  /** Debian's APCu package for the profile's PHP, e.g. {@code php8.2-apcu}. */
  static String apcuPackage(PhpPaths php) {
    return "php" + php.version() + "-apcu";
  }

  private static ManagedFile managed(String target, Daemon daemon, String owner, String group, String mode) {
    return new ManagedFile("files" + target, target, daemon, owner, group, mode);
  }
}
