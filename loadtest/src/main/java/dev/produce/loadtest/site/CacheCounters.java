package dev.produce.loadtest.site;

import dev.produce.loadtest.bundle.BundleProfile;
import dev.produce.loadtest.bundle.CacheEndpoint;
import dev.produce.model.CacheBackend;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cache daemon's own counters: Redis and Valkey {@code keyspace_hits}/{@code keyspace_misses}/{@code evicted_keys}
 * ({@code INFO stats}), memcached {@code get_hits}/{@code get_misses}/{@code evictions} ({@code stats}).
 *
 * @param hits      lookups that found their key
 * @param misses    lookups that did not
 * @param evictions items dropped to make room (the cache's memory was full)
 */
public record CacheCounters(long hits, long misses, long evictions) {

  /** The counters of the bundle's cache daemon now; empty for a bundle without one. */
  public static Optional<CacheCounters> read(Target target, BundleProfile bundle) {
    if (bundle.cache() == CacheBackend.NONE || bundle.cacheEndpoint().isEmpty()) {
      return Optional.empty();
    }
    String stats = run(target, statsCommand(bundle.cache(), bundle.cacheEndpoint().get()));
    if (bundle.cache().speaksRedis()) {
      return Optional.of(new CacheCounters(counter(stats, "keyspace_hits:(\\d+)"), counter(stats, "keyspace_misses:(\\d+)"),
          counter(stats, "evicted_keys:(\\d+)")));
    }
    return Optional.of(new CacheCounters(counter(stats, "STAT get_hits (\\d+)"), counter(stats, "STAT get_misses (\\d+)"),
        counter(stats, "STAT evictions (\\d+)")));
  }

  /**
   * The shell command printing the statistics of {@code cache}'s daemon at {@code endpoint}: Redis's
   * and Valkey's {@code INFO stats} through their own client, memcached's {@code stats}.
   */
  static String statsCommand(CacheBackend cache, CacheEndpoint endpoint) {
    return cache.speaksRedis() ? CacheDaemonClients.redisCli(cache, endpoint, "info stats")
        : CacheDaemonClients.memcachedText(endpoint, "stats");
  }

  /** Lookups (hits and misses) between two readings. */
  public static long lookups(CacheCounters start, CacheCounters end) {
    return end.hits - start.hits + end.misses - start.misses;
  }

  /** hits / (hits + misses) between two readings; empty when there was no lookup in between. */
  public static Optional<Double> hitRate(CacheCounters start, CacheCounters end) {
    long hits = end.hits - start.hits;
    long lookups = lookups(start, end);
    return lookups > 0 && hits >= 0 ? Optional.of((double) hits / lookups) : Optional.empty();
  }

  /** Items evicted between two readings. */
  public static long evictions(CacheCounters start, CacheCounters end) {
    return Math.max(0, end.evictions - start.evictions);
  }

  private static String run(Target target, String script) {
    ExecResult result = target.shell(script);
    if (!result.succeeded()) {
      throw new TargetException("reading the cache counters failed (" + script + "): " + result.stderr().strip());
    }
    return result.stdout();
  }

  static long counter(String stats, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(stats);
    if (!matcher.find()) {
      throw new TargetException("no counter /" + regex + "/ in the cache daemon's statistics");
    }
    return Long.parseLong(matcher.group(1));
  }
}
