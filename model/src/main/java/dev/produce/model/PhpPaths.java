package dev.produce.model;

/**
 * The distro's names and paths for one PHP version.
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

  /** The FPM master's pid file, used when {@code php-fpm.conf} names none: next to the socket, {@code .pid}. */
  public String fpmPidfile() {
    return fpmSocket.replaceFirst("\\.sock$", ".pid");
  }

  /** The FPM master's configuration, e.g. {@code /etc/php/8.2/fpm/php-fpm.conf}. */
  public String fpmConfig() {
    return fpmConfDir + "/php-fpm.conf";
  }

  /** The {@code www} pool, e.g. {@code /etc/php/8.2/fpm/pool.d/www.conf}. */
  public String wwwPool() {
    return fpmConfDir + "/pool.d/www.conf";
  }

  /** produce's INI_SYSTEM settings, e.g. {@code /etc/php/8.2/fpm/conf.d/90-produce.ini}. */
  public String produceIni() {
    return fpmConfDir + "/conf.d/90-produce.ini";
  }

  /** The package of a PHP extension for this version, e.g. {@code php8.2-apcu} for {@code apcu}. */
  public String extensionPackage(String extension) {
    return "php" + version + "-" + extension;
  }
}
