package dev.produce.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which files keep the operator's security lines from the server, and the derivation that says so. */
class OperatorSettingsTest {
  @Test
  void redisConf_andThePool_keepTheOperatorsSecurityDirectives_noOtherFileKeepsAnything() {
    ServerProfile profile = Profiles.compute(Inputs.builder().memoryMb(2048).cache(CacheBackend.REDIS).build());

    assertThat(profile.file("/etc/redis/redis.conf").orElseThrow().keptDirectives()).containsExactly("requirepass",
        "masterauth", "masteruser", "rename-command", "user", "aclfile");
    assertThat(profile.file("/etc/php/8.4/fpm/pool.d/www.conf").orElseThrow().keptDirectives())
        .containsExactly("env", "php_value", "php_flag", "php_admin_value", "php_admin_flag");
    assertThat(profile.files()).filteredOn(f -> !f.keptDirectives().isEmpty()).hasSize(2);
    assertThat(profile.derivations()).extracting(Derivation::key)
        .contains("redis.kept_from_server", "php_fpm.kept_from_server");
  }

  @Test
  void withoutRedisAndWithoutPhpTuning_nothingIsKept() {
    ServerProfile profile = Profiles.compute(Inputs.builder().memoryMb(2048).cache(CacheBackend.MEMCACHE)
        .noPerformance(true).build());

    assertThat(profile.files()).allMatch(f -> f.keptDirectives().isEmpty());
    assertThat(profile.derivations()).extracting(Derivation::key).noneMatch(k -> k.endsWith(".kept_from_server"));
  }
}
