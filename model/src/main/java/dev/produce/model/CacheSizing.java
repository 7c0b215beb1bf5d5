package dev.produce.model;

/**
 * Sizes the cache daemon. Its share of RAM grows with the machine (RAM/16, 32 MB … 32 GB) instead
 * of a fixed 256 MB (known defect 6). Three quarters of that share is data ({@code maxmemory} /
 * {@code -m}); the rest covers what those limits do not count: the process itself, connection
 * buffers, the hash table and allocator fragmentation.
 */
final class CacheSizing {
  static final int REDIS_PORT = 6379;
  static final int MEMCACHED_PORT = 11211;
  static final String LOOPBACK = "127.0.0.1";
  /** Evicts only keys with a TTL: Drupal's cache items, never its cache-tag checksums. */
  static final String EVICTION_POLICY = "volatile-lru";
  /** Memory of one key without a TTL (a cache-tag checksum), rounded up from Redis 7's ~100 bytes. */
  static final int UNTIMED_KEY_BYTES = 128;

  private CacheSizing() {}

  static int daemonMb(int totalMb, Explanation ex) {
    return (int) ex.add("memory.cache_daemon", PhpSizing.clamp(totalMb / 16, 32, 32768), "MB",
        "RAM/16 = " + totalMb / 16 + ", kept within 32…32768: grows with the machine (a fixed 256 MB starves"
            + " large servers and overcommits small ones)");
  }

  private static int dataMb(int daemonMb) {
    return daemonMb * 3 / 4;
  }

  /** How many keys without a TTL fit in {@code maxmemoryMb}. */
  static long untimedKeyRoom(int maxmemoryMb) {
    return maxmemoryMb * 1024L * 1024L / UNTIMED_KEY_BYTES;
  }

  static RedisProfile redis(int daemonMb, RedisPaths server, Explanation ex) {
    String name = server.productName();
    int maxmemory = (int) ex.add("redis.maxmemory", dataMb(daemonMb), "MB",
        "3/4 of the cache daemon's " + daemonMb + " MB: maxmemory counts data only, the rest is " + name + "'s own"
            + " overhead and fragmentation");
    ex.add("redis.maxmemory-policy", EVICTION_POLICY,
        "evict the least recently used cache item, and only items: Drupal's redis module gives every item a TTL"
            + " (a year for permanent ones) and its cache-tag checksums and per-bin delete-all timestamps none; an"
            + " evicted checksum would make items cached before an invalidation valid again (stale pages), which"
            + " the module's README and status report warn of for allkeys policies");
    ex.add("redis.untimed-room", untimedKeyRoom(maxmemory), "keys",
        maxmemory + " MB / " + UNTIMED_KEY_BYTES + " bytes per key without a TTL (Redis 7 measured ~100 bytes per"
            + " <prefix>:cachetags:<tag> key): the checksums maxmemory holds; a site has one per tag it ever"
            + " invalidated. Only if they alone fill maxmemory does " + name + " refuse writes (OOM); by then every item"
            + " has been evicted, so Drupal builds pages from the database (slower, not stale) until a restart"
            + " empties the cache");
    ex.add("redis.save", "\"\"", "persistence off: a cache is rebuilt from the database, RDB snapshots only cost"
        + " fork memory and disk I/O (an empty save list would fall back to the defaults)");
    ex.add("redis.appendonly", "no", "no append-only log for a cache, for the same reason");
    ex.add("redis.bind", LOOPBACK + " -::1", "loopback only, as Debian ships it; Drupal runs on the same host. The"
        + " '-' makes ::1 optional: " + name + " still starts on a host without IPv6");
    return new RedisProfile(maxmemory, EVICTION_POLICY, LOOPBACK + " -::1", REDIS_PORT);
  }

  static MemcachedProfile memcached(Inputs in, int daemonMb, int maxChildren, Explanation ex) {
    int memory = (int) ex.add("memcached.-m", dataMb(daemonMb), "MB",
        "3/4 of the cache daemon's " + daemonMb + " MB: -m counts item memory only, the rest is connections and"
            + " the hash table");
    int threads = (int) ex.add("memcached.-t", PhpSizing.clamp(in.cpus(), 1, 8), "",
        "one worker thread per CPU (" + in.cpus() + "), at most 8: more threads than cores only contend");
    int connections = (int) ex.add("memcached.-c", Math.max(1024, maxChildren * 4), "",
        "max(1024, 4 × PHP-FPM workers): every worker keeps a connection, with room for drush and cron");
    ex.add("memcached.-l", LOOPBACK, "loopback only; Drupal runs on the same host. IPv4 only: Debian 13's own file"
        + " adds -l ::1, and memcached then fails to start on a host without IPv6");
    ex.add("memcached.-U", "0", "UDP off: it is unauthenticated and was abused for amplification attacks");
    return new MemcachedProfile(memory, connections, threads, LOOPBACK, MEMCACHED_PORT);
  }

  static DrupalCache drupal(Inputs in, String fragment) {
    String prefix = "produce" + in.siteRoot().replaceAll("[^A-Za-z0-9]+", "_");
    if (in.cache().speaksRedis()) {
      return new DrupalCache(in.cache(), "redis", "modules/contrib/redis", "redis", "cache.backend.redis",
          LOOPBACK, REDIS_PORT, prefix, fragment, in.settingsPhp());
    }
    return new DrupalCache(CacheBackend.MEMCACHE, "memcache", "modules/contrib/memcache", "memcached",
        "cache.backend.memcache", LOOPBACK, MEMCACHED_PORT, prefix, fragment, in.settingsPhp());
  }
}
