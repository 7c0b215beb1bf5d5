package dev.produce.generators;

import dev.produce.generators.render.Bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The original design's known defects, checked in the files a bundle carries. */
class KnownDefectsFilesTest {
  private static String file(Bundle bundle, String path) {
    return bundle.file(path).orElseThrow(() -> new AssertionError("no " + path + " in " + bundle.paths())).content();
  }

  private static List<String> directives(String config) {
    return config.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith(";"))
        .toList();
  }

  @Test
  void performanceConf_hasNoLocationNoGzipOnAndNoTextHtml() { // defects 1 and 2
    String conf = file(Generators.bundle(TestProfiles.memcache()), "files/etc/nginx/conf.d/performance.conf");

    assertThat(directives(conf)).noneMatch(l -> l.startsWith("location"))
        .noneMatch(l -> l.matches("gzip\\s+on\\s*;"))
        .noneMatch(l -> l.contains("text/html"))
        .noneMatch(l -> l.matches("(sendfile|tcp_nopush|types_hash_max_size|default_type|access_log|include)\\b.*"))
        .anyMatch(l -> l.startsWith("gzip_types "))
        .anyMatch(l -> l.startsWith("open_file_cache max="));
  }

  @Test
  void drupalSnippet_fallsBackToIndexPhpAndListsGeneratedFilesBeforeTheExtensionRule() { // defect 3
    String snippet = file(Generators.bundle(TestProfiles.redis()), "files/etc/nginx/snippets/produce-drupal.conf");
    List<String> lines = directives(snippet);

    int styles = indexOfFirst(lines, "location ~* ^(?!.*/\\.)(?!/sites/.*/private/)(?!.*\\.php/)/sites/[^/]+/files/styles/");
    int aggregates = indexOfFirst(lines, "location ~ ^(?!.*/\\.)(?!/sites/.*/private/)/sites/[^/]+/files/(css|js)/");
    int assets = indexOfFirst(lines, "location ~* ^(?!.*/\\.)(?!/sites/.*/private/)(?!.*\\.php/).+\\.(css|js|svg|png|jpe?g|gif|ico|webp|woff2?|ttf|otf|eot)$");
    assertThat(styles).isNotNegative().isLessThan(assets);
    assertThat(aggregates).isNotNegative().isLessThan(assets);
    Matcher locations = Pattern.compile("location [^{]+\\{([^}]*)}").matcher(snippet);
    int count = 0;
    while (locations.find()) {
      assertThat(locations.group(1)).contains("try_files $uri /index.php?$query_string;");
      count++;
    }
    assertThat(count).isEqualTo(3);
    assertThat(lines).noneMatch(l -> l.contains("@rewrite")).noneMatch(l -> l.startsWith("add_header"));
  }

  @Test
  void wwwConf_hasPoolSettingsOnlyAndNoOpcache() { // defect 10
    String pool = file(Generators.bundle(TestProfiles.memcache()), "files/etc/php/8.4/fpm/pool.d/www.conf");

    assertThat(directives(pool)).noneMatch(l -> l.contains("opcache")).noneMatch(l -> l.contains("php_admin_value"))
        .contains("[www]", "user = www-data", "group = www-data", "listen = /run/php/php8.4-fpm.sock",
            "listen.owner = www-data", "listen.group = www-data", "listen.mode = 0660", "pm = dynamic");
  }

  @Test
  void wwwConf_neverHasZeroSpareServers() { // defect 5, at the smallest memory accepted
    String pool = file(Generators.bundle(TestProfiles.smallest()), "files/etc/php/8.4/fpm/pool.d/www.conf");

    assertThat(directives(pool)).contains("pm.min_spare_servers = 1").noneMatch(l -> l.endsWith("= 0"));
  }

  @Test
  void produceIni_holdsTheOpcacheSettings() { // defect 10, the right place
    String ini = file(Generators.bundle(TestProfiles.redis()), "files/etc/php/8.4/fpm/conf.d/90-produce.ini");

    assertThat(directives(ini)).contains("opcache.enable = 1", "opcache.save_comments = 1",
        "opcache.memory_consumption = 256");
  }

  @Test
  void redisConf_isAMemoryOnlyCacheOnDebiansPaths() { // defects 6, 7 and 8
    String conf = file(Generators.bundle(TestProfiles.redis()), "files/etc/redis/redis.conf");

    assertThat(directives(conf)).contains("save \"\"", "appendonly no", "daemonize no", "supervised systemd",
            "pidfile /run/redis/redis-server.pid", "logfile /var/log/redis/redis-server.log", "dir /var/lib/redis",
            "dbfilename dump.rdb", "bind 127.0.0.1 -::1", "protected-mode yes", "maxmemory-policy volatile-lru",
            "stop-writes-on-bgsave-error no", "maxmemory 192mb")
        .noneMatch(l -> l.equals("daemonize yes"))
        .noneMatch(l -> l.matches("save \\d+ \\d+"));
  }

  @Test
  void memcachedConf_isUnixSocketOnlyAndSized() { // defect 6 and UDP amplification
    Bundle bundle = Generators.bundle(TestProfiles.memcache());
    String conf = file(bundle, "files/etc/memcached.conf");

    assertThat(directives(conf)).contains("-U 0", "-s /run/memcached/memcached.sock", "-a 0660", "-m 384",
        "-c 1024", "-t 4", "-u memcache", "-P /var/run/memcached/memcached.pid");
    assertThat(directives(conf)).as("no TCP port or listen address: -s alone turns TCP off")
        .noneMatch(line -> line.startsWith("-p") || line.startsWith("-l"));
    assertThat(directives(file(bundle, "files/etc/tmpfiles.d/memcached.conf")))
        .containsExactly("d /run/memcached 2750 memcache www-data -");
  }

  @Test
  void settingsFragment_isGuardedAndNeverAppendsAnything() { // defect 9
    String php = file(Generators.bundle(TestProfiles.redis()), "files/drupal/settings.produce.php");

    assertThat(php).startsWith("<?php\n")
        .contains("InstallerKernel::installationAttempted()", "extension_loaded('redis')",
            "file_exists($app_root . '/' . $produce_cache['services_file'])", "if ($produce_cache_ready) {",
            "isset($class_loader)");
    assertThat(php.indexOf("$settings['cache']['default']")).isGreaterThan(php.indexOf("if ($produce_cache_ready) {"));
  }

  private static int indexOfFirst(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
