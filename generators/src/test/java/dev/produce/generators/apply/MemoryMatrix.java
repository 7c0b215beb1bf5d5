package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.MemcachedProfile;
import dev.produce.model.PhpFpmPool;
import dev.produce.model.PhpIni;
import dev.produce.model.RedisProfile;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ExecResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One cache backend across the memory sizes, on one container: each size's bundle is applied over
 * the previous one (as an operator resizing a server would), then the last one again to prove the
 * second apply changes nothing. Subclasses name the backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SuiteClock.class)
abstract class MemoryMatrix {
  static final int LAST_SIZE = 65536;

  @TempDir
  Path hostDir;
  private Server server;

  abstract CacheBackend backend();

  @BeforeAll
  void startServer() {
    server = Server.target();
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Order(1)
  @ParameterizedTest(name = "{0} MB")
  @ValueSource(ints = {512, 1024, 2048, 4096, 16384, LAST_SIZE})
  void apply_givesTheProfilesEffectiveValues(int memoryMb) throws Exception {
    ServerProfile profile = Bundles.profile(memoryMb, backend());
    String bundle = server.carry(Bundles.write(profile, hostDir, backend().optionValue() + "-" + memoryMb));

    ExecResult applied = server.produceExpecting(0, bundle);

    assertThat(applied.stdout()).contains("produce: healthy: php8.2-fpm").containsPattern(
        "produce: [1-9][0-9]* files? changed, [0-9]+ services? reloaded\n$");
    String context = backend().optionValue() + " " + memoryMb + " MB";
    ServiceProbes.assertServing(server, profile, context);
    assertEffectiveValues(profile, context);
  }

  @Order(2)
  @Test
  void secondApply_changesNothingAndRestartsNothing() throws Exception {
    ServerProfile profile = Bundles.profile(LAST_SIZE, backend());
    String bundle = "/opt/bundles/" + backend().optionValue() + "-" + LAST_SIZE;
    Map<String, String> filesBefore = server.managedState(profile);
    Map<String, String> pidsBefore = server.daemonPids();

    ExecResult again = server.produceExpecting(0, bundle);

    assertThat(again.stdout()).endsWith("produce: 0 files changed, 0 services reloaded\n")
        .doesNotContain("installed ", "backing up");
    assertThat(server.managedState(profile)).isEqualTo(filesBefore);
    assertThat(server.daemonPids()).isEqualTo(pidsBefore);
    ExecResult check = server.produceExpecting(0, bundle, "--check");
    assertThat(check.stdout()).contains("produce: the server matches the bundle");
  }

  private void assertEffectiveValues(ServerProfile profile, String context) {
    EffectiveValues effective = new EffectiveValues(server);
    PhpFpmPool pool = profile.phpFpm().orElseThrow();
    assertThat(effective.fpmPool()).as("%s: php-fpm8.2 -tt", context).containsAllEntriesOf(Map.of(
        "pm", pool.pm(),
        "pm.max_children", String.valueOf(pool.maxChildren()),
        "pm.start_servers", String.valueOf(pool.startServers()),
        "pm.min_spare_servers", String.valueOf(pool.minSpareServers()),
        "pm.max_spare_servers", String.valueOf(pool.maxSpareServers()),
        "pm.max_requests", String.valueOf(pool.maxRequests())));
    PhpIni ini = profile.phpIni().orElseThrow();
    assertThat(effective.phpThroughFpm()).as("%s: opcache and ini values in a PHP-FPM worker", context)
        .containsAllEntriesOf(Map.of(
            "opcache.memory_consumption", String.valueOf(ini.opcacheMemoryMb() * 1024L * 1024L),
            "opcache.interned_strings_buffer", String.valueOf(ini.opcacheInternedStringsMb()),
            "opcache.max_accelerated_files", String.valueOf(ini.opcacheMaxAcceleratedFiles()),
            "opcache.revalidate_freq", String.valueOf(ini.opcacheRevalidateFreqS()),
            "realpath_cache_ttl", String.valueOf(ini.realpathCacheTtlS())));
    if (profile.redis().isPresent()) {
      RedisProfile redis = profile.redis().get();
      assertThat(List.of(effective.redisConfig("maxmemory"), effective.redisConfig("maxmemory-policy"),
          effective.redisConfig("save"), effective.redisConfig("appendonly")))
          .as("%s: redis CONFIG GET maxmemory, maxmemory-policy, save, appendonly", context)
          .containsExactly(String.valueOf(redis.maxmemoryBytes()), redis.maxmemoryPolicy(), "", "no");
    }
    if (profile.memcached().isPresent()) {
      MemcachedProfile memcached = profile.memcached().get();
      assertThat(effective.memcachedSettings()).as("%s: memcached stats settings", context)
          .containsAllEntriesOf(Map.of(
              "maxbytes", String.valueOf(memcached.memoryBytes()),
              "maxconns", String.valueOf(memcached.maxConnections()),
              "num_threads", String.valueOf(memcached.threads()),
              "domain_socket", memcached.socket(),
              "udpport", "0"));
    }
  }
}
