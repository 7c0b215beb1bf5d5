package dev.produce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code --distro} decides PHP's default, the daemons' paths and names, and whether Valkey exists. */
class DistroTest {
  @Test
  void default_isDebian13WithItsPhp84() {
    Inputs in = Inputs.builder().build();

    assertThat(in.distro()).isEqualTo(Distro.DEBIAN_13);
    assertThat(in.php()).isEqualTo(new PhpVersion(8, 4));
    assertThat(in.distroPhp()).isTrue();
    assertThat(in.toCommandLine()).startsWith("produce-compile --distro debian-13 ");
  }

  @Test
  void debian12_defaultsToPhp82() {
    Inputs in = Inputs.builder().distro(Distro.DEBIAN_12).build();

    assertThat(in.php()).isEqualTo(new PhpVersion(8, 2));
    assertThat(Profiles.compute(in).platform()).isEqualTo(Platform.debian12(new PhpVersion(8, 2)));
  }

  @Test
  void anotherPhp_isAllowedAndExplainedAsNotTheDistros() {
    ServerProfile profile = Profiles.compute(Inputs.builder().php(PhpVersion.parse("8.3")).build());

    assertThat(profile.inputs().distroPhp()).isFalse();
    assertThat(profile.php().fpmService()).isEqualTo("php8.3-fpm");
    assertThat(profile.derivations()).filteredOn(d -> d.key().equals("distro.php")).singleElement()
        .satisfies(d -> assertThat(d.derivation()).contains("must come from elsewhere")
            .contains("--vendor-packages refuses it"));
  }

  @Test
  void platform_perDistro() {
    Platform trixie = Distro.DEBIAN_13.platform(new PhpVersion(8, 4), CacheBackend.REDIS);
    Platform bookworm = Distro.DEBIAN_12.platform(new PhpVersion(8, 2), CacheBackend.REDIS);

    assertThat(trixie.name()).isEqualTo("debian-13");
    assertThat(bookworm.name()).isEqualTo("debian-12");
    assertThat(trixie.php().wwwPool()).isEqualTo("/etc/php/8.4/fpm/pool.d/www.conf");
    assertThat(trixie.php().fpmSocket()).isEqualTo("/run/php/php8.4-fpm.sock");
    assertThat(trixie.redis().product()).isEqualTo("Redis 8.0");
    assertThat(bookworm.redis().product()).isEqualTo("Redis 7.0");
    assertThat(trixie.redis().config()).isEqualTo(bookworm.redis().config()).isEqualTo("/etc/redis/redis.conf");
  }

  @Test
  void valkey_onDebian13_hasValkeysOwnPathsUnitUserAndClient() {
    ServerProfile profile = Profiles.compute(Inputs.builder().cache(CacheBackend.VALKEY).build());
    RedisPaths valkey = profile.platform().redis();

    assertThat(valkey.product()).isEqualTo("Valkey 8.1");
    assertThat(valkey.service()).isEqualTo("valkey-server");
    assertThat(valkey.binary()).isEqualTo("valkey-server");
    assertThat(valkey.cli()).isEqualTo("valkey-cli");
    assertThat(valkey.user()).isEqualTo("valkey");
    assertThat(valkey.pidfile()).isEqualTo("/run/valkey/valkey-server.pid");
    assertThat(valkey.runtimeDir()).isEqualTo("/run/valkey");
    assertThat(valkey.dataDir()).isEqualTo("/var/lib/valkey");
    assertThat(valkey.logfile()).isEqualTo("/var/log/valkey/valkey-server.log");
    ManagedFile conf = profile.file("/etc/valkey/valkey.conf").orElseThrow();
    assertThat(conf.owner() + ":" + conf.group() + " " + conf.mode()).isEqualTo("valkey:valkey 0640");
    assertThat(conf.template()).isEqualTo("files/etc/redis/redis.conf");
    assertThat(conf.daemon()).isEqualTo(Daemon.REDIS);
    assertThat(conf.keptDirectives()).contains("requirepass");
    assertThat(profile.requiredPackages()).contains("valkey-server", "php8.4-redis").doesNotContain("redis-server");
    assertThat(profile.redis()).isPresent();
    assertThat(profile.drupal().orElseThrow().module()).isEqualTo("redis");
    assertThat(profile.drupal().orElseThrow().cacheService()).isEqualTo("cache.backend.redis");
  }

  @Test
  void valkey_sizingAndSecurity_areRedis() {
    ServerProfile redis = Profiles.compute(Inputs.builder().memoryMb(4096).build());
    ServerProfile valkey = Profiles.compute(Inputs.builder().memoryMb(4096).cache(CacheBackend.VALKEY).build());

    assertThat(valkey.redis()).isEqualTo(redis.redis());
    assertThat(valkey.budget()).isEqualTo(redis.budget());
  }

  @Test
  void valkey_onDebian12_isRefusedInOneLine() {
    assertThatThrownBy(() -> Inputs.builder().distro(Distro.DEBIAN_12).cache(CacheBackend.VALKEY).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--cache: valkey needs --distro debian-13 (Debian 12 has it only in backports); choose --cache"
            + " redis there");
  }

  @Test
  void parse_namesTheOptionAndTheAcceptedValues() {
    assertThat(Distro.parse(" Debian-12 ")).isEqualTo(Distro.DEBIAN_12);
    assertThatThrownBy(() -> Distro.parse("ubuntu-24.04"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--distro: must be one of debian-13|debian-12, was 'ubuntu-24.04'");
  }

  @ParameterizedTest
  @EnumSource(Distro.class)
  void daemons_listenOnlyWhereEveryHostCanAndNothingOffTheHostReaches(Distro distro) {
    ServerProfile memcache = Profiles.compute(Inputs.builder().distro(distro).cache(CacheBackend.MEMCACHE).build());
    ServerProfile redis = Profiles.compute(Inputs.builder().distro(distro).cache(CacheBackend.REDIS).build());

    MemcachedProfile memcached = memcache.memcached().orElseThrow();
    assertThat(memcached.socket()).as("a unix socket: no TCP port").isEqualTo("/run/memcached/memcached.sock");
    assertThat(memcached.socketMode()).as("owner and group only").isEqualTo("0660");
    assertThat(memcached.socketGroup()).as("PHP-FPM's group").isEqualTo("www-data");
    assertThat(memcached.runtimeDirMode()).as("set-group-ID, no access for others").isEqualTo("2750");
    assertThat(memcache.drupal().orElseThrow().host()).isEqualTo(memcached.socket());
    assertThat(memcache.drupal().orElseThrow().overSocket()).isTrue();
    assertThat(redis.drupal().orElseThrow().overSocket()).isFalse();
    assertThat(redis.redis().orElseThrow().bind()).as("::1 optional ('-')").isEqualTo("127.0.0.1 -::1");
  }

  @Test
  void opcacheJit_staysOffOnBothDistros() {
    assertThat(Profiles.compute(Inputs.builder().build()).derivations())
        .filteredOn(d -> d.key().startsWith("php.opcache.jit")).extracting(Derivation::value)
        .containsExactly("disable", "0");
  }

  @Test
  void otherRedis_isTheServerThatWouldHoldTheSamePort() {
    PhpVersion php = new PhpVersion(8, 4);

    assertThat(Distro.DEBIAN_13.platform(php, CacheBackend.VALKEY).otherRedis()).get()
        .extracting(RedisPaths::service, RedisPaths::product).containsExactly("redis-server", "Redis 8.0");
    assertThat(Distro.DEBIAN_13.platform(php, CacheBackend.REDIS).otherRedis()).get()
        .extracting(RedisPaths::service, RedisPaths::config).containsExactly("valkey-server", "/etc/valkey/valkey.conf");
    assertThat(Distro.DEBIAN_12.platform(new PhpVersion(8, 2), CacheBackend.REDIS).otherRedis()).isEmpty();
  }
}
