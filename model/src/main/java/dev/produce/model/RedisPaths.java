package dev.produce.model;

/**
 * The distro's names and paths for the Redis-protocol server (Redis, or Valkey, which reads the
 * same configuration format), which the bundle's configuration keeps (the unit's
 * {@code ReadWritePaths} and the init script rely on them).
 *
 * @param product what it is and its version, e.g. {@code Redis 8.0}, {@code Valkey 8.1}
 * @param packageName the package, e.g. {@code redis-server}
 * @param service the systemd unit and init script
 * @param binary the server binary, also its process name
 * @param cli the command line client, e.g. {@code redis-cli}
 * @param config the configuration file
 * @param user the user and group it runs as (and that owns its configuration)
 * @param pidfile {@code pidfile}
 * @param logfile {@code logfile}
 * @param dataDir {@code dir}
 */
public record RedisPaths(
    String product, String packageName, String service, String binary, String cli, String config, String user,
    String pidfile, String logfile, String dataDir) {
  /** Debian's layout for Redis. */
  static RedisPaths redis(String product) {
    return new RedisPaths(product, "redis-server", "redis-server", "redis-server", "redis-cli",
        "/etc/redis/redis.conf", "redis", "/run/redis/redis-server.pid", "/var/log/redis/redis-server.log",
        "/var/lib/redis");
  }

  /** Debian's layout for Valkey (package valkey-server, client valkey-cli from valkey-tools). */
  static RedisPaths valkey(String product) {
    return new RedisPaths(product, "valkey-server", "valkey-server", "valkey-server", "valkey-cli",
        "/etc/valkey/valkey.conf", "valkey", "/run/valkey/valkey-server.pid", "/var/log/valkey/valkey-server.log",
        "/var/lib/valkey");
  }

  /** The directory of the pid file, which the init script creates (e.g. {@code /run/redis}). */
  public String runtimeDir() {
    return pidfile.substring(0, pidfile.lastIndexOf('/'));
  }

  /**
   * The line of {@code INFO server} that says the server runs alone: Redis prints {@code redis_mode},
   * Valkey {@code server_mode} (unless {@code extended-redis-compatibility yes}).
   */
  public String infoModeLine() {
    return (packageName.startsWith("valkey") ? "server_mode" : "redis_mode") + ":standalone";
  }

  /** The product's name without its version: {@code Redis} or {@code Valkey}. */
  public String productName() {
    return product.split(" ")[0];
  }
}
