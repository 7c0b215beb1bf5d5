package dev.produce.model;

import java.util.Optional;

/**
 * Sizes the cache daemon. Its share of RAM grows with the machine (RAM/8, 64 MB … 32 GB) instead
 * of a fixed 256 MB (known defect 6). Three quarters of that share is data ({@code maxmemory} /
 * {@code -m}); the rest covers what those limits do not count: the process itself, connection
 * buffers, the hash table and allocator fragmentation.
 */
final class CacheSizing {
  static final int REDIS_PORT = 6379;
  /** {@code -a}: memcached's socket, read and written by its owner and group only. */
  static final String SOCKET_MODE = "0660";
  /** memcached's runtime directory: set-group-ID, entered by its owner and group only. */
  static final String RUNTIME_DIR_MODE = "2750";
  static final String LOOPBACK = "127.0.0.1";
  /** Evicts only keys with a TTL: Drupal's cache items, never its cache-tag checksums. */
  static final String EVICTION_POLICY = "volatile-lru";
  /** Memory of one key without a TTL (a cache-tag checksum), rounded up from Redis 7's ~100 bytes. */
  static final int UNTIMED_KEY_BYTES = 128;
  /** The redis module's example settings: compress cache data longer than 100 bytes … */
  static final int REDIS_COMPRESS_LENGTH = 100;
  /** … at zlib level 1. */
  static final int REDIS_COMPRESS_LEVEL = 1;

  private CacheSizing() {}

  static int daemonMb(int totalMb, Explanation ex) {
    return (int) ex.add("memory.cache_daemon", PhpSizing.clamp(totalMb / 8, 64, 32768), "MB",
        "RAM/8 = " + totalMb / 8 + ", kept within 64…32768: grows with the machine (a fixed 256 MB starves"
            + " large servers and overcommits small ones). Measured on the fixture site (2,000 articles): every page"
            + " cached takes ~50 KB of Redis memory with compression (page, dynamic page cache, render and entity"
            + " items), ~110 MB for the whole site; RAM/16 (96 MB of data on 2 GB) evicted thousands of items per"
            + " minute under load and turned page-cache hits into full renders");
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

  static MemcachedProfile memcached(Inputs in, Platform platform, int daemonMb, int maxChildren, Explanation ex) {
    int memory = (int) ex.add("memcached.-m", dataMb(daemonMb), "MB",
        "3/4 of the cache daemon's " + daemonMb + " MB: -m counts item memory only, the rest is connections and"
            + " the hash table");
    int threads = (int) ex.add("memcached.-t", PhpSizing.clamp(in.cpus(), 1, 8), "",
        "one worker thread per CPU (" + in.cpus() + "), at most 8: more threads than cores only contend");
    int connections = (int) ex.add("memcached.-c", Math.max(1024, maxChildren * 4), "",
        "max(1024, 4 × PHP-FPM workers): each worker holds one connection while it serves a request (the module's client"
            + " opens it anew per request), with room for drush, cron and connections closing");
    MemcachedPaths paths = platform.memcached();
    String socket = ex.add("memcached.-s", paths.socket(), "a unix socket instead of TCP on loopback:"
        + " memcached then opens no TCP or UDP port at all, so nothing off the host can reach it. Measured on the site's"
        + " core (php-memcached 3.3, memcached 1.6.38): the 50 lookups of a logged-in dynamic-page-cache hit took 0.98–1.06"
        + " ms over a new socket connection against 1.57–1.67 ms over a new TCP connection, which the module opens on"
        + " every request (a persistent TCP connection: 1.40–1.60 ms). The module takes unix:// servers as they are");
    String mode = ex.add("memcached.-a", SOCKET_MODE, "the socket's mode: its owner (memcache) and its"
        + " group read and write, nobody else; never world-accessible");
    ex.add("memcached.runtime_dir", RUNTIME_DIR_MODE + " " + paths.user() + ":"
        + platform.webUser(), paths.runtimeDir() + " owned by " + paths.user() + ", group " + platform.webUser()
        + ", set-group-ID: memcached creates the socket after dropping to " + paths.user() + ", and the directory"
        + " gives it the group " + platform.webUser() + " that PHP-FPM runs as; others cannot enter the directory."
        + " Kept across reboots by " + paths.tmpfiles() + ", which overrides the package's own tmpfiles.d line (0755 "
        + paths.user() + ":" + paths.user() + ")");
    ex.add("memcached.-U", "0", "UDP off (a socket already has none; kept explicit): it is unauthenticated and was"
        + " abused for amplification attacks");
    return new MemcachedProfile(memory, connections, threads, socket, mode, platform.webUser(), RUNTIME_DIR_MODE);
  }

  static DrupalCache drupal(Inputs in, Platform platform, String fragment, Explanation ex) {
    String prefix = "produce" + in.siteRoot().replaceAll("[^A-Za-z0-9]+", "_");
    if (in.cache().speaksRedis()) {
      return new DrupalCache(in.cache(), "redis", "modules/contrib/redis", "redis", "cache.backend.redis",
          LOOPBACK, REDIS_PORT, prefix, fragment, in.settingsPhp(), Optional.of(redisClient(ex)));
    }
    ex.add("drupal.memcache_compression", "the Memcached extension's", "values over 2,000 bytes are stored"
        + " compressed (Memcached::OPT_COMPRESSION is on by default, memcached.compression_threshold 2000)");
    ex.add("drupal.memcache.page_bin", "cache.backend.database", "Drupal's page cache stays in the database: a"
        + " page-cache hit reads its tags' checksums there anyway (ADR 0015), and from memcached the page would add a"
        + " new connection per hit, which the module's php-memcached client does not keep across requests. Measured on a"
        + " real Drupal 10.3.7 site on Debian 13: with the page in memcached anonymous hits served 0.87 of stock's"
        + " requests per second, with it in the database 0.96–1.00 (ADR 0016). Memcached keeps the render, dynamic page"
        + " cache and entity bins; settings.php may still name another backend for the page bin");
    return new DrupalCache(CacheBackend.MEMCACHE, "memcache", "modules/contrib/memcache", "memcached",
        "cache.backend.memcache", platform.memcached().socket(), 0, prefix, fragment, in.settingsPhp(), Optional.empty());
  }

  private static DrupalCache.RedisClient redisClient(Explanation ex) {
    ex.add("drupal.redis.connection.persistent", "TRUE", "each PHP-FPM worker keeps its connection across"
        + " requests instead of opening a new TCP connection on every one (the module's setting; releases of the"
        + " module that predate it connect anew): measured on a real Drupal 10.3 site, 2–7% more anonymous"
        + " page-cache hits per second; a unix socket on top of it gained 0–2%, within the noise, and would need"
        + " www-data in redis's group, so the connection stays on TCP loopback (docs/benchmarks.md)");
    int length = (int) ex.add("drupal.redis_compress_length", REDIS_COMPRESS_LENGTH, "bytes", "cache data longer"
        + " than this is stored compressed, as the module's example settings recommend: a page or dynamic page cache"
        + " entry shrinks 3.6× at level 1 (30 KB → 8 KB, measured on the fixture site), so the same maxmemory holds"
        + " 3.6× the pages (memcached's PHP client compresses by default; the redis module only when told)");
    int level = (int) ex.add("drupal.redis_compress_level", REDIS_COMPRESS_LEVEL, "", "zlib level 1, the module's"
        + " default: most of the size gain for ~0.3 ms per 30 KB page written");
    return new DrupalCache.RedisClient(true, length, level);
  }
}
