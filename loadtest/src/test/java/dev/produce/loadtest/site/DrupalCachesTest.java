package dev.produce.loadtest.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import org.junit.jupiter.api.Test;

/** The commands that empty a bundle's cache daemon before the caches are filled again. */
class DrupalCachesTest {

  @Test
  void flushCommand_speaksEachDaemonsProtocolOnLoopback() {
    assertThat(DrupalCaches.flushCommand(CacheBackend.REDIS, 6379)).isEqualTo("redis-cli -h 127.0.0.1 -p 6379 flushall");
    assertThat(DrupalCaches.flushCommand(CacheBackend.VALKEY, 6380)).isEqualTo("valkey-cli -h 127.0.0.1 -p 6380 flushall");
    assertThat(DrupalCaches.flushCommand(CacheBackend.MEMCACHE, 11211))
        .isEqualTo("printf 'flush_all\\r\\nquit\\r\\n' | nc -q 2 127.0.0.1 11211");
  }
}
