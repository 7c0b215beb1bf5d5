package dev.produce.model;

/**
 * The PHP-FPM {@code www} pool. Its constructor enforces what php-fpm itself enforces at start-up:
 * {@code 1 ≤ min_spare ≤ start ≤ max_spare ≤ max_children}.
 *
 * @param pm process manager mode
 * @param maxChildren {@code pm.max_children}
 * @param startServers {@code pm.start_servers}
 * @param minSpareServers {@code pm.min_spare_servers}
 * @param maxSpareServers {@code pm.max_spare_servers}
 * @param maxRequests {@code pm.max_requests}
 * @param listen the socket Debian's pool listens on, e.g. {@code /run/php/php8.2-fpm.sock}
 */
public record PhpFpmPool(
    String pm, int maxChildren, int startServers, int minSpareServers, int maxSpareServers, int maxRequests,
    String listen) {
  public PhpFpmPool {
    if (!(1 <= minSpareServers && minSpareServers <= startServers && startServers <= maxSpareServers
        && maxSpareServers <= maxChildren)) {
      throw new IllegalStateException("PHP-FPM pool ordering violated: " + minSpareServers + " ≤ " + startServers
          + " ≤ " + maxSpareServers + " ≤ " + maxChildren);
    }
    if (maxRequests < 1) {
      throw new IllegalStateException("pm.max_requests must be positive");
    }
  }
}
