package dev.produce.model;

/**
 * A dedicated Redis cache instance on loopback.
 *
 * @param maxmemoryMb {@code maxmemory}, in MB as written in redis.conf
 * @param maxmemoryPolicy {@code maxmemory-policy}
 * @param bind {@code bind}
 * @param port {@code port}
 */
public record RedisProfile(int maxmemoryMb, String maxmemoryPolicy, String bind, int port) {
  /** {@code maxmemory} in bytes, as {@code CONFIG GET maxmemory} reports it. */
  public long maxmemoryBytes() {
    return maxmemoryMb * 1024L * 1024L;
  }
}
