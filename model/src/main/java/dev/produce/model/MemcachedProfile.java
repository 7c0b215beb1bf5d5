package dev.produce.model;

/**
 * A Memcached instance on a unix socket only: with {@code -s} memcached opens no TCP or UDP port.
 *
 * @param memoryMb {@code -m}
 * @param maxConnections {@code -c}
 * @param threads {@code -t}
 * @param socket {@code -s}: the socket's path
 * @param socketMode {@code -a}: the socket's mode, octal ({@code 0660}: its owner and group only)
 * @param socketGroup the group that may connect: the web user's, through the set-group-ID runtime directory
 * @param runtimeDirMode the runtime directory's mode ({@code 2750}: new files in it get its group, others
 *     cannot enter it)
 */
public record MemcachedProfile(int memoryMb, int maxConnections, int threads, String socket, String socketMode,
    String socketGroup, String runtimeDirMode) {
  /** {@code -m} in bytes, as {@code stats settings} reports {@code maxbytes}. */
  public long memoryBytes() {
    return memoryMb * 1024L * 1024L;
  }
}
