package dev.produce.model;

/**
 * The distro's names and paths for Memcached.
 *
 * @param packageName the package, e.g. {@code memcached}
 * @param service the systemd unit and init script
 * @param config the options file read by the unit's wrapper and the init script
 * @param user the user Memcached runs as ({@code -u})
 * @param pidfile the pid file the init script uses ({@code -P})
 * @param logfile {@code logfile}
 * @param runtimeDir the package's runtime directory (its tmpfiles.d line creates it at boot)
 * @param tmpfiles the local tmpfiles.d file that overrides the package's line for {@code runtimeDir}
 *     (same name, so systemd reads it instead of the package's)
 */
public record MemcachedPaths(
    String packageName, String service, String config, String user, String pidfile, String logfile,
    String runtimeDir, String tmpfiles) {
  /** Debian's layout. */
  static MemcachedPaths debian() {
    return new MemcachedPaths("memcached", "memcached", "/etc/memcached.conf", "memcache",
        "/var/run/memcached/memcached.pid", "/var/log/memcached.log", "/run/memcached",
        "/etc/tmpfiles.d/memcached.conf");
  }

  /** The unix socket produce's memcached listens on, in the package's runtime directory. */
  public String socket() {
    return runtimeDir + "/memcached.sock";
  }
}
