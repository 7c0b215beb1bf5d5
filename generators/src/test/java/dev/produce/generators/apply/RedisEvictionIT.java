package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.ServerProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redis filled past maxmemory the way Drupal's redis module fills it: cache items with a TTL (a
 * year, as the module gives permanent items) and cache-tag checksums and a bin's delete-all
 * timestamp without one. The bundle's eviction policy must evict items only: an evicted checksum
 * makes items cached before an invalidation valid again (stale pages). Redis is the one the
 * bundle's apply started, with the bundle's redis.conf (512 MB: maxmemory 48 MB).
 */
@ExtendWith(SuiteClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisEvictionIT {
  private static final int TAGS = 2000;
  /** 9,000 items of 10 KB: about 90 MB written into 48 MB. */
  private static final int ITEMS = 9000;

  private final ServerProfile profile = Bundles.profile(512, CacheBackend.REDIS);
  private final String prefix = profile.drupal().orElseThrow().prefix();
  @TempDir
  static Path hostDir;
  private Server server;

  @BeforeAll
  void applyTheBundle() throws Exception {
    server = Server.target();
    server.produceExpecting(0, server.carry(Bundles.write(profile, hostDir, "redis")));
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void fillingPastMaxmemory_evictsItems_andKeepsEveryKeyWithoutATtl() {
    // tag checksums first, never read again: the least recently used keys of all
    String written = server.sh("awk -v p='" + prefix + "' 'BEGIN {"
        + " for (i = 1; i <= " + TAGS + "; i++) printf \"SET %s:cachetags:node:%d %d\\r\\n\", p, i, i;"
        + " printf \"SET %s:page:_redis_last_delete_all 1733400000.25\\r\\n\", p;"
        + " v = \"xxxxxxxxxx\"; for (j = 0; j < 10; j++) v = v v;"
        + " for (i = 1; i <= " + ITEMS + "; i++) {"
        + "  k = sprintf(\"%s:render:entity_view:node:%d:full\", p, i);"
        + "  printf \"HSET %s data %s created %d.5 expire -1 tags node:%d checksum 1 valid 1\\r\\n\", k, v, i, i;"
        + "  printf \"EXPIRE %s 31536000\\r\\n\", k } }' | redis-cli -p 6379 --pipe");

    assertThat(server.sh("redis-cli -p 6379 config get maxmemory-policy | sed -n 2p").strip())
        .isEqualTo(profile.redis().orElseThrow().maxmemoryPolicy());
    assertThat(written).as("every command answered, no write refused (OOM)")
        .contains("errors: 0, replies: " + (TAGS + 1 + 2 * ITEMS));
    long evicted = Long.parseLong(server.sh("redis-cli -p 6379 info stats | sed -n 's/^evicted_keys:\\([0-9]*\\).*/\\1/p'")
        .strip());
    assertThat(evicted).as("evicted_keys").isPositive();
    int items = Integer.parseInt(server.sh("redis-cli -p 6379 --scan --pattern '" + prefix + ":render:*' | wc -l")
        .strip());
    assertThat(items).as("items left of %d", ITEMS).isPositive().isLessThan(ITEMS);
    List<String> checksums = server.sh("awk -v p='" + prefix + "' 'BEGIN { for (i = 1; i <= " + TAGS
        + "; i++) print p \":cachetags:node:\" i }' | xargs redis-cli -p 6379 mget").lines().toList();
    assertThat(checksums).as("every tag checksum, with its value, after %d evictions", evicted)
        .isEqualTo(IntStream.rangeClosed(1, TAGS).mapToObj(Integer::toString).toList());
    assertThat(server.sh("redis-cli -p 6379 get '" + prefix + ":page:_redis_last_delete_all'").strip())
        .isEqualTo("1733400000.25");
  }
}
