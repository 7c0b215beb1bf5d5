package dev.produce.loadtest.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.loadtest.bundle.CacheEndpoint;
import dev.produce.model.CacheBackend;
import org.junit.jupiter.api.Test;

/** The commands that empty a bundle's cache daemon before the caches are filled again. */
class DrupalCachesTest {

  @Test
  void flushCommand_speaksEachDaemonsProtocolOnLoopback() {
    assertThat(DrupalCaches.flushCommand(CacheBackend.REDIS, new CacheEndpoint.Tcp("127.0.0.1", 6379)))
        .isEqualTo("redis-cli -h 127.0.0.1 -p 6379 flushall");
    assertThat(DrupalCaches.flushCommand(CacheBackend.VALKEY, new CacheEndpoint.Tcp("127.0.0.1", 6380)))
        .isEqualTo("valkey-cli -h 127.0.0.1 -p 6380 flushall");
    assertThat(DrupalCaches.flushCommand(CacheBackend.MEMCACHE, new CacheEndpoint.Tcp("127.0.0.1", 11211)))
        .isEqualTo("printf 'flush_all\\r\\nquit\\r\\n' | nc -N -w 5 127.0.0.1 11211");
  }

  @Test
  void flushCommand_memcachedOnItsUnixSocket_connectsNetcatToTheSocket() {
    assertThat(DrupalCaches.flushCommand(CacheBackend.MEMCACHE,
        new CacheEndpoint.UnixSocket("/run/memcached/memcached.sock")))
        .isEqualTo("printf 'flush_all\\r\\nquit\\r\\n' | nc -U -N -w 5 /run/memcached/memcached.sock");
  }

  @Test
  void flushCommand_valkeyOnAUnixSocket_usesTheClientsSocketOption() {
    assertThat(DrupalCaches.flushCommand(CacheBackend.VALKEY, new CacheEndpoint.UnixSocket("/run/valkey/valkey.sock")))
        .isEqualTo("valkey-cli -s /run/valkey/valkey.sock flushall");
  }
}
