package dev.produce.model;

/**
 * A Memcached instance on loopback, TCP only.
 *
 * @param memoryMb {@code -m}
 * @param maxConnections {@code -c}
 * @param threads {@code -t}
 * @param listen {@code -l}
 * @param port {@code -p}
 */
public record MemcachedProfile(int memoryMb, int maxConnections, int threads, String listen, int port) {
  /** {@code -m} in bytes, as {@code stats settings} reports {@code maxbytes}. */
  public long memoryBytes() {
    return memoryMb * 1024L * 1024L;
  }
}
