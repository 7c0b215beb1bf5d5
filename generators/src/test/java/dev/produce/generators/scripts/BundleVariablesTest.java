package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values bundle.sh gives the scripts. */
class BundleVariablesTest {
  @Test
  void redis_touchesRedisThenPhpFpmThenNginx() {
    BundleVariables vars = BundleVariables.of(ScriptTestProfiles.redis().profile());

    assertThat(vars.services()).containsExactly("redis", "php-fpm", "nginx");
    assertThat(vars.redisConfig()).isEqualTo("/etc/redis/redis.conf");
    assertThat(vars.redisPort()).isEqualTo("6379");
    assertThat(vars.memcachedConfig()).isEmpty();
    assertThat(vars.webUser()).isEqualTo("www-data");
    assertThat(vars.drupalFragment()).isEqualTo("/var/www/drupal/web/sites/default/settings.produce.php");
    assertThat(vars.managedFiles()).first()
        .isEqualTo("files/etc/redis/redis.conf|/etc/redis/redis.conf|redis|redis|redis|0640");
  }

  @Test
  void redis_namesRedisServerItsClientUserAndPaths() {
    BundleVariables vars = BundleVariables.of(ScriptTestProfiles.redis().profile());

    assertThat(List.of(vars.redisServer(), vars.redisService(), vars.redisCli(), vars.redisUser(),
        vars.redisPidfile(), vars.redisRuntimeDir())).containsExactly("redis-server", "redis-server", "redis-cli",
        "redis", "/run/redis/redis-server.pid", "/run/redis");
  }

  @Test
  void valkey_namesValkeyServerItsClientUserAndPaths_asTheRedisDaemon() {
    BundleVariables vars = BundleVariables.of(Profiles.compute(Inputs.builder().cache(CacheBackend.VALKEY).build()));

    assertThat(vars.cacheBackend()).isEqualTo("valkey");
    assertThat(List.of(vars.distro(), vars.debianVersion(), vars.debianCodename()))
        .containsExactly("debian-13", "13", "trixie");
    assertThat(vars.services()).containsExactly("redis", "php-fpm", "nginx");
    assertThat(vars.redisConfig()).isEqualTo("/etc/valkey/valkey.conf");
    assertThat(List.of(vars.redisServer(), vars.redisService(), vars.redisCli(), vars.redisUser(),
        vars.redisPidfile(), vars.redisRuntimeDir())).containsExactly("valkey-server", "valkey-server", "valkey-cli",
        "valkey", "/run/valkey/valkey-server.pid", "/run/valkey");
    assertThat(vars.managedFiles()).first()
        .isEqualTo("files/etc/valkey/valkey.conf|/etc/valkey/valkey.conf|redis|valkey|valkey|0640");
    assertThat(vars.requiredPackages()).contains("valkey-server").doesNotContain("redis-server");
  }

  @Test
  void performanceOnly_hasNoCacheDaemonAndNoDrupalFragment() {
    BundleVariables vars = BundleVariables.of(ScriptTestProfiles.performanceOnly().profile());

    assertThat(vars.services()).containsExactly("php-fpm", "nginx");
    assertThat(vars.cacheBackend()).isEqualTo("none");
    assertThat(vars.drupalFragment()).isEmpty();
    assertThat(vars.redisPort()).isEmpty();
    assertThat(vars.settingsPhp()).isEqualTo("/var/www/drupal/web/sites/default/settings.php");
  }

  @Test
  void cacheOnly_reloadsPhpFpmForDrupalButLeavesNginxAlone() {
    BundleVariables vars = BundleVariables.of(ScriptTestProfiles.cacheOnlyOtherPhpAndSite().profile());

    assertThat(vars.services()).containsExactly("memcached", "php-fpm");
    assertThat(vars.memcachedConfig()).as("the daemon's options file, not its tmpfiles.d line")
        .isEqualTo("/etc/memcached.conf");
    assertThat(vars.managedFiles()).contains(
        "files/etc/tmpfiles.d/memcached.conf|/etc/tmpfiles.d/memcached.conf|memcached|root|root|0644");
    assertThat(vars.tunesPerformance()).isEqualTo("no");
    assertThat(vars.phpFpmBinary()).isEqualTo("php-fpm8.3");
    assertThat(vars.phpFpmConfig()).isEqualTo("/etc/php/8.3/fpm/php-fpm.conf");
    assertThat(vars.phpFpmPidfile()).isEqualTo("/run/php/php8.3-fpm.pid");
    assertThat(vars.phpCli()).isEqualTo("php8.3");
    assertThat(vars.settingsPhp()).isEqualTo("/srv/www/example.org/web/sites/default/settings.php");
    assertThat(vars.managedFiles()).noneMatch(line -> line.contains("|nginx|") || line.contains("|php-fpm|"));
  }

  @Test
  void aValueThatCannotSitInsideSingleQuotes_isRejected() {
    BundleVariables vars = BundleVariables.of(ScriptTestProfiles.redis().profile());

    assertThatThrownBy(() -> new BundleVariables(vars.command(), vars.version(), vars.cacheBackend(),
        vars.tunesPerformance(), vars.distro(), vars.debianVersion(), vars.debianCodename(), vars.phpVersion(), vars.phpFpmBinary(), vars.phpFpmService(),
        vars.phpFpmConfig(), vars.phpFpmPidfile(), vars.phpFpmSocket(), vars.phpCli(), "/var/www/it's",
        vars.docroot(), vars.settingsPhp(), vars.drupalFragment(), vars.redisConfig(), vars.redisPort(),
        vars.redisServer(), vars.redisService(), vars.redisCli(), vars.redisUser(), vars.redisPidfile(),
        vars.redisRuntimeDir(), vars.otherRedis(), vars.memcachedConfig(), vars.webUser(), vars.requiredPackages(),
        vars.managedFiles(), vars.managedDirectories(), vars.retiredFiles(), List.of("redis"), vars.keptSettings()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("it's");
  }

  @Test
  void otherRedisServer_isRedisForValkeyBundles_valkeyForRedisBundles_andNoneWithoutEither() {
    assertThat(BundleVariables.of(Profiles.compute(Inputs.builder().cache(CacheBackend.VALKEY).build())).otherRedis())
        .isEqualTo(new OtherRedisServer("redis-server", "redis-server", "/etc/redis/redis.conf", "redis",
            "/run/redis/redis-server.pid"));
    assertThat(BundleVariables.of(Profiles.compute(Inputs.builder().cache(CacheBackend.REDIS).build())).otherRedis()
        .service()).isEqualTo("valkey-server");
    assertThat(BundleVariables.of(Profiles.compute(Inputs.builder().cache(CacheBackend.MEMCACHE).build()))
        .otherRedis()).isEqualTo(OtherRedisServer.none());
    assertThat(BundleVariables.of(Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12)
        .cache(CacheBackend.REDIS).build())).otherRedis()).isEqualTo(OtherRedisServer.none());
  }

  @Test
  void microcache_createsTheCacheDirectoryAndItsParent_parentsFirst() {
    BundleVariables vars = BundleVariables.of(Profiles.compute(Inputs.builder().memoryMb(4096)
        .cache(CacheBackend.REDIS).microcacheSeconds(5).build()));

    assertThat(vars.managedDirectories()).containsExactly("/var/cache/nginx|nginx|root|root|0755",
        "/var/cache/nginx/produce-microcache|nginx|www-data|www-data|0700");
    assertThat(vars.managedFiles()).anyMatch(line -> line.contains("/etc/nginx/snippets/produce-microcache.conf|"));
    assertThat(vars.retiredFiles()).isEmpty();
  }

  @Test
  void withoutMicrocache_noDirectory_andTheMicrocacheSnippetIsRetired() {
    BundleVariables vars = BundleVariables.of(ScriptTestProfiles.redis().profile());

    assertThat(vars.managedDirectories()).isEmpty();
    assertThat(vars.retiredFiles()).containsExactly("/etc/nginx/snippets/produce-microcache.conf|nginx");
  }

  @Test
  void withoutNginxTuning_nothingOfNginxIsRetired() {
    BundleVariables vars = BundleVariables.of(ScriptTestProfiles.cacheOnlyOtherPhpAndSite().profile());

    assertThat(vars.managedDirectories()).isEmpty();
    assertThat(vars.retiredFiles()).isEmpty();
  }
}
