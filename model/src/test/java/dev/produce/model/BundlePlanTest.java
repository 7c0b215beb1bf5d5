package dev.produce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan lists every installed file once, with its paths, template, owner, mode and daemon. */
class BundlePlanTest {
  private static final List<String> FRAGMENT = List.of("files/drupal/settings.produce.php",
      "/var/www/drupal/web/sites/default/settings.produce.php", "files/drupal/settings.produce.php", "DRUPAL",
      "root:root", "0644", "PHP_FPM");

  private static BundlePlan plan(Inputs.Builder inputs) {
    return Profiles.compute(inputs.build()).plan();
  }

  /** bundlePath, targetPath, template, daemon, owner:group, mode, service of every entry, in order. */
  private static List<List<String>> entries(BundlePlan plan) {
    return plan.files().stream().map(f -> List.of(f.bundlePath(), f.targetPath(), f.template(), f.daemon().name(),
        f.owner() + ":" + f.group(), f.mode(), f.daemon().service().name())).toList();
  }

  private static List<String> php(String file, String version) {
    return List.of("files/etc/php/" + version + "/fpm/" + file, "/etc/php/" + version + "/fpm/" + file,
        "files/etc/php/X.Y/fpm/" + file, "PHP_FPM", "root:root", "0644", "PHP_FPM");
  }

  private static List<String> nginx(String file) {
    return List.of("files/etc/nginx/" + file, "/etc/nginx/" + file, "files/etc/nginx/" + file, "NGINX", "root:root",
        "0644", "NGINX");
  }

  @Test
  void redis_installsRedisConfPhpNginxAndTheFragment() {
    BundlePlan plan = plan(Inputs.builder().cache(CacheBackend.REDIS));

    assertThat(entries(plan)).containsExactly(
        List.of("files/etc/redis/redis.conf", "/etc/redis/redis.conf", "files/etc/redis/redis.conf", "REDIS",
            "redis:redis", "0640", "REDIS"),
        php("pool.d/www.conf", "8.4"), php("conf.d/90-produce.ini", "8.4"), nginx("conf.d/performance.conf"),
        nginx("snippets/produce-drupal.conf"), FRAGMENT);
    assertThat(plan.file("/etc/redis/redis.conf").orElseThrow().keptDirectives()).contains("requirepass");
    assertThat(plan.file("/etc/php/8.4/fpm/pool.d/www.conf").orElseThrow().keptDirectives()).contains("env");
    assertThat(plan.services()).containsExactly(Daemon.REDIS, Daemon.PHP_FPM, Daemon.NGINX);
    assertThat(plan.retiredFiles()).containsExactly(
        new RetiredFile("/etc/nginx/snippets/produce-microcache.conf", Daemon.NGINX));
    assertThat(plan.directories()).isEmpty();
    assertThat(plan.requiredPackages())
        .containsExactly("nginx", "php8.4-fpm", "php8.4-apcu", "redis-server", "php8.4-redis");
  }

  @Test
  void memcache_installsMemcachedConfInsteadOfRedisConf() {
    BundlePlan plan = plan(Inputs.builder().cache(CacheBackend.MEMCACHE).php(PhpVersion.parse("8.3")));

    assertThat(entries(plan)).containsExactly(
        List.of("files/etc/memcached.conf", "/etc/memcached.conf", "files/etc/memcached.conf", "MEMCACHED",
            "root:root", "0644", "MEMCACHED"),
        List.of("files/etc/tmpfiles.d/memcached.conf", "/etc/tmpfiles.d/memcached.conf",
            "files/etc/tmpfiles.d/memcached.conf", "MEMCACHED", "root:root", "0644", "MEMCACHED"),
        php("pool.d/www.conf", "8.3"), php("conf.d/90-produce.ini", "8.3"), nginx("conf.d/performance.conf"),
        nginx("snippets/produce-drupal.conf"), FRAGMENT);
    assertThat(plan.services()).containsExactly(Daemon.MEMCACHED, Daemon.PHP_FPM, Daemon.NGINX);
    assertThat(plan.requiredPackages())
        .containsExactly("nginx", "php8.3-fpm", "php8.3-apcu", "memcached", "php8.3-memcached");
  }

  @Test
  void cacheNone_installsPhpAndNginxOnly() {
    BundlePlan full = plan(Inputs.builder().cache(CacheBackend.NONE));
    BundlePlan performanceOnly = plan(Inputs.builder().performanceOnly(true));

    for (BundlePlan plan : List.of(full, performanceOnly)) {
      assertThat(entries(plan)).containsExactly(php("pool.d/www.conf", "8.4"), php("conf.d/90-produce.ini", "8.4"),
          nginx("conf.d/performance.conf"), nginx("snippets/produce-drupal.conf"));
      assertThat(plan.services()).containsExactly(Daemon.PHP_FPM, Daemon.NGINX);
      assertThat(plan.targetOf(Daemon.DRUPAL)).isEmpty();
    }
  }

  @Test
  void cacheOnly_installsTheDaemonAndTheFragmentAndRetiresNothing() {
    BundlePlan plan = plan(Inputs.builder().cache(CacheBackend.REDIS).noPerformance(true).siteRoot("/srv/site"));

    assertThat(plan.files()).extracting(ManagedFile::targetPath)
        .containsExactly("/etc/redis/redis.conf", "/srv/site/web/sites/default/settings.produce.php");
    // Drupal's fragment is read by PHP-FPM's workers: PHP-FPM is reloaded although none of its files changes
    assertThat(plan.services()).containsExactly(Daemon.REDIS, Daemon.PHP_FPM);
    assertThat(plan.retiredFiles()).isEmpty();
  }

  @Test
  void microcache_addsItsSnippetAndCacheDirectoriesAndRetiresNothing() {
    BundlePlan plan = plan(Inputs.builder().microcacheSeconds(5));

    assertThat(plan.files()).filteredOn(f -> f.daemon() == Daemon.NGINX).extracting(ManagedFile::targetPath)
        .containsExactly("/etc/nginx/conf.d/performance.conf",
        "/etc/nginx/snippets/produce-drupal.conf", "/etc/nginx/snippets/produce-microcache.conf");
    assertThat(plan.directories()).extracting(ManagedDirectory::path)
        .containsExactly("/var/cache/nginx", "/var/cache/nginx/produce-microcache");
    assertThat(plan.retiredFiles()).isEmpty();
  }

  @Test
  void profile_derivesItsPathsFromThePlatform() {
    ServerProfile profile = Profiles.compute(Inputs.builder().microcacheSeconds(5).build());

    assertThat(profile.platform()).isEqualTo(Distro.DEBIAN_13.platform(new PhpVersion(8, 4), CacheBackend.REDIS));
    assertThat(profile.php().fpmPidfile()).isEqualTo("/run/php/php8.4-fpm.pid");
    assertThat(profile.php().fpmConfig()).isEqualTo("/etc/php/8.4/fpm/php-fpm.conf");
    assertThat(profile.drupal().orElseThrow().settingsFile()).isEqualTo(profile.plan().targetOf(Daemon.DRUPAL)
        .orElseThrow());
    assertThat(profile.nginx().orElseThrow().microcache().orElseThrow().path())
        .isEqualTo(profile.platform().nginx().microcacheDir());
    assertThat(profile.nginx().orElseThrow().staticAssetMaxAgeSeconds()).isEqualTo(30 * 86_400L);
  }

  @Test
  void plan_refusesTwoEntriesAtOnePath() {
    ManagedFile conf = new ManagedFile("files/etc/x.conf", "/etc/x.conf", Daemon.NGINX, "root", "root", "0644");

    assertThatThrownBy(() -> new BundlePlan(List.of(conf, conf), List.of(), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share a path");
  }
}
