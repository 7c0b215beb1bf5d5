package dev.produce.model;

/**
 * The distro's names and paths for Redis, which the bundle's redis.conf keeps (the unit's
 * {@code ReadWritePaths} and the init script rely on them).
 *
 * @param packageName the package, e.g. {@code redis-server}
 * @param service the systemd unit and init script
 * @param config the configuration file
 * @param user the user and group Redis runs as (and that owns its configuration)
 * @param pidfile {@code pidfile}
 * @param logfile {@code logfile}
 * @param dataDir {@code dir}
 */
public record RedisPaths(
    String packageName, String service, String config, String user, String pidfile, String logfile, String dataDir) {
  /** Debian's layout. */
  static RedisPaths debian() {
    return new RedisPaths("redis-server", "redis-server", "/etc/redis/redis.conf", "redis",
        "/run/redis/redis-server.pid", "/var/log/redis/redis-server.log", "/var/lib/redis");
  }
}
