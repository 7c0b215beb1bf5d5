package dev.produce.loadtest.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.loadtest.bundle.CacheEndpoint;
import dev.produce.model.CacheBackend;
import dev.produce.verifier.container.TargetException;
import org.junit.jupiter.api.Test;

/** Hit rates from the daemons' own counters, between two readings. */
class CacheCountersTest {
  private static final String SOCKET = "/run/memcached/memcached.sock";

  @Test
  void counter_readsRedisAndMemcachedStatistics() {
    String redis = "# Stats\r\nevicted_keys:3\r\nkeyspace_hits:1520\r\nkeyspace_misses:80\r\n";
    String memcached = "STAT pid 42\r\nSTAT get_hits 990\r\nSTAT get_misses 10\r\nSTAT evictions 0\r\nEND\r\n";

    assertThat(CacheCounters.counter(redis, "keyspace_hits:(\\d+)")).isEqualTo(1520);
    assertThat(CacheCounters.counter(redis, "keyspace_misses:(\\d+)")).isEqualTo(80);
    assertThat(CacheCounters.counter(redis, "evicted_keys:(\\d+)")).isEqualTo(3);
    assertThat(CacheCounters.counter(memcached, "STAT get_hits (\\d+)")).isEqualTo(990);
  }

  @Test
  void counter_missing_isAnEnvironmentFailure() {
    assertThatThrownBy(() -> CacheCounters.counter("ERR", "keyspace_hits:(\\d+)")).isInstanceOf(TargetException.class);
  }

  @Test
  void hitRate_countsOnlyTheLookupsBetweenTheReadings() {
    assertThat(CacheCounters.hitRate(new CacheCounters(1000, 500, 0), new CacheCounters(1900, 600, 7))).contains(0.9);
    assertThat(CacheCounters.evictions(new CacheCounters(1000, 500, 2), new CacheCounters(1900, 600, 7))).isEqualTo(5);
  }

  @Test
  void hitRate_noLookups_isEmpty() {
    assertThat(CacheCounters.hitRate(new CacheCounters(5, 5, 0), new CacheCounters(5, 5, 0))).isEmpty();
  }

  @Test
  void statsCommand_asksEachDaemonWithItsOwnClient() {
    assertThat(CacheCounters.statsCommand(CacheBackend.VALKEY, new CacheEndpoint.Tcp("127.0.0.1", 6379)))
        .isEqualTo("valkey-cli -h 127.0.0.1 -p 6379 info stats");
    assertThat(CacheCounters.statsCommand(CacheBackend.REDIS, new CacheEndpoint.Tcp("127.0.0.1", 6380)))
        .isEqualTo("redis-cli -h 127.0.0.1 -p 6380 info stats");
  }

  @Test
  void statsCommand_memcachedOnItsUnixSocket_connectsNetcatToTheSocket() {
    assertThat(CacheCounters.statsCommand(CacheBackend.MEMCACHE, new CacheEndpoint.UnixSocket(SOCKET)))
        .isEqualTo("printf 'stats\\r\\nquit\\r\\n' | nc -U -N -w 5 /run/memcached/memcached.sock");
  }

  @Test
  void statsCommand_memcachedOnTcp_asInBundlesCompiledBeforeTheSocket() {
    assertThat(CacheCounters.statsCommand(CacheBackend.MEMCACHE, new CacheEndpoint.Tcp("127.0.0.1", 11211)))
        .isEqualTo("printf 'stats\\r\\nquit\\r\\n' | nc -N -w 5 127.0.0.1 11211");
  }

  @Test
  void statsCommand_redisOnAUnixSocket_usesTheClientsSocketOption() {
    assertThat(CacheCounters.statsCommand(CacheBackend.REDIS, new CacheEndpoint.UnixSocket("/run/redis/redis.sock")))
        .isEqualTo("redis-cli -s /run/redis/redis.sock info stats");
  }
}
