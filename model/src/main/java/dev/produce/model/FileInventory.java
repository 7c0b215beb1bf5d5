package dev.produce.model;

import java.util.ArrayList;
import java.util.List;

/** Builds the {@link BundlePlan}: which files a profile installs on the target, where, and how. */
final class FileInventory {
  static final String DRUPAL_SNIPPET = "produce-drupal.conf";
  static final String MICROCACHE_SNIPPET = "produce-microcache.conf";
  /** The bundle path of Drupal's fragment; on the target it goes to the site's {@code sites/default/}. */
  static final String DRUPAL_FRAGMENT = "files/drupal/settings.produce.php";

  private FileInventory() {}

  static BundlePlan plan(Inputs in, Platform platform) {
    List<ManagedFile> files = files(in, platform);
    List<Daemon> services = services(files);
    return new BundlePlan(files, directories(in, platform), retired(platform, files), services,
        packages(in, platform));
  }

  private static List<ManagedFile> files(Inputs in, Platform platform) {
    PhpPaths php = platform.php();
    List<ManagedFile> files = new ArrayList<>();
    if (in.cache().speaksRedis()) {
      // Debian ships redis.conf as redis:redis 0640 (valkey.conf as valkey:valkey 0640); its unit only lets redis read its own paths.
      files.add(managed(platform.redis().config(), Daemon.REDIS, platform.redis().user(), platform.redis().user(),
          "0640")
          .keeping(OperatorSettings.REDIS));
    }
    if (in.cache() == CacheBackend.MEMCACHE) {
      files.add(managed(platform.memcached().config(), Daemon.MEMCACHED, "root", "root", "0644"));
      // Gives memcached's runtime directory the web user's group at every boot: the socket's access.
      files.add(managed(platform.memcached().tmpfiles(), Daemon.MEMCACHED, "root", "root", "0644"));
    }
    if (in.scope().tunesPerformance()) {
      files.add(managed(php.wwwPool(), Daemon.PHP_FPM, "root", "root", "0644")
          .keeping(OperatorSettings.PHP_FPM_POOL));
      files.add(managed(php.produceIni(), Daemon.PHP_FPM, "root", "root", "0644"));
      files.add(managed(platform.nginx().performanceConf(), Daemon.NGINX, "root", "root", "0644"));
      files.add(managed(platform.nginx().snippet(DRUPAL_SNIPPET), Daemon.NGINX, "root", "root", "0644"));
      if (in.microcache()) {
        files.add(managed(platform.nginx().snippet(MICROCACHE_SNIPPET), Daemon.NGINX, "root", "root", "0644"));
      }
    }
    if (in.cache() != CacheBackend.NONE) {
      // Read by every user who runs PHP on the site (PHP-FPM, a deploy user's drush): it holds no
      // secret. Writable by nobody but root.
      files.add(new ManagedFile(DRUPAL_FRAGMENT, in.siteDirectory() + "/settings.produce.php", Daemon.DRUPAL,
          "root", "root", "0644"));
    }
    return files;
  }

  /** Debian's nginx has no /var/cache/nginx; its workers run as www-data and must own the cache. */
  private static List<ManagedDirectory> directories(Inputs in, Platform platform) {
    if (!in.scope().tunesPerformance() || !in.microcache()) {
      return List.of();
    }
    return List.of(
        new ManagedDirectory(platform.nginx().cacheDir(), Daemon.NGINX, "root", "root", "0755"),
        new ManagedDirectory(platform.nginx().microcacheDir(), Daemon.NGINX, platform.webUser(), platform.webUser(),
            "0700"));
  }

  /**
   * produce's nginx snippets that a bundle tuning nginx does not install itself. The site includes
   * {@code snippets/produce-*.conf}, so a snippet an earlier bundle left behind would still be read:
   * the microcache snippet, for one, names a cache zone that a performance.conf without
   * {@code --microcache} no longer defines.
   */
  private static List<RetiredFile> retired(Platform platform, List<ManagedFile> files) {
    if (files.stream().noneMatch(f -> f.daemon() == Daemon.NGINX)) {
      return List.of();
    }
    return List.of(DRUPAL_SNIPPET, MICROCACHE_SNIPPET).stream().map(platform.nginx()::snippet)
        .filter(path -> files.stream().noneMatch(f -> f.targetPath().equals(path)))
        .map(path -> new RetiredFile(path, Daemon.NGINX)).toList();
  }

  /** Cache daemon, then PHP-FPM (which also reads Drupal's files), then nginx. */
  private static List<Daemon> services(List<ManagedFile> files) {
    return List.of(Daemon.REDIS, Daemon.MEMCACHED, Daemon.PHP_FPM, Daemon.NGINX).stream()
        .filter(daemon -> files.stream().anyMatch(f -> f.daemon().service() == daemon)).toList();
  }

  private static List<String> packages(Inputs in, Platform platform) {
    PhpPaths php = platform.php();
    List<String> packages = new ArrayList<>();
    if (in.scope().tunesPerformance()) {
      packages.add(platform.nginx().packageName());
    }
    packages.add(php.fpmService());
    if (in.scope().tunesPerformance()) {
      // APCu is budgeted (apc.shm_size): Drupal's fast chained bins keep their items there.
      packages.add(php.extensionPackage("apcu"));
    }
    if (in.cache().speaksRedis()) {
      packages.add(platform.redis().packageName());
      packages.add(php.extensionPackage("redis"));
    }
    if (in.cache() == CacheBackend.MEMCACHE) {
      packages.add(platform.memcached().packageName());
      packages.add(php.extensionPackage("memcached"));
    }
    return packages;
  }

  private static ManagedFile managed(String target, Daemon daemon, String owner, String group, String mode) {
    return new ManagedFile("files" + target, target, daemon, owner, group, mode);
  }
}
