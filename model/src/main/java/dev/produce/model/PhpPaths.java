package dev.produce.model;

/**
 * Debian's names and paths for one PHP version.
 *
 * @param version the PHP version
 * @param fpmBinary e.g. {@code php-fpm8.2} (its {@code -t} tests the configuration)
 * @param fpmService e.g. {@code php8.2-fpm} (systemd unit and init script)
 * @param cliBinary e.g. {@code php8.2}
 * @param fpmConfDir e.g. {@code /etc/php/8.2/fpm}
 * @param fpmSocket e.g. {@code /run/php/php8.2-fpm.sock}
 */
public record PhpPaths(
    PhpVersion version, String fpmBinary, String fpmService, String cliBinary, String fpmConfDir, String fpmSocket) {

  /** Debian's layout for {@code version}. */
  public static PhpPaths debian(PhpVersion version) {
    return new PhpPaths(
        version,
        "php-fpm" + version,
        "php" + version + "-fpm",
        "php" + version,
        "/etc/php/" + version + "/fpm",
        "/run/php/php" + version + "-fpm.sock");
  }
}
