package dev.produce.model;

/**
 * The distro's names and paths for nginx.
 *
 * @param packageName the package, e.g. {@code nginx}
 * @param service the systemd unit and init script
 * @param confDir the configuration directory, e.g. {@code /etc/nginx}
 * @param cacheDir the parent of nginx's caches; Debian ships none, so apply creates it when missing
 * @param pidfile the master's pid file
 */
public record NginxPaths(String packageName, String service, String confDir, String cacheDir, String pidfile) {
  /** Debian's layout. */
  static NginxPaths debian() {
    return new NginxPaths("nginx", "nginx", "/etc/nginx", "/var/cache/nginx", "/run/nginx.pid");
  }

  /** The FastCGI microcache of {@code --microcache}, below {@link #cacheDir()}. */
  public String microcacheDir() {
    return cacheDir + "/produce-microcache";
  }

  /** The http-context tuning, e.g. {@code /etc/nginx/conf.d/performance.conf}. */
  public String performanceConf() {
    return confDir + "/conf.d/performance.conf";
  }

  /** produce's server-context snippet {@code name}, e.g. {@code /etc/nginx/snippets/produce-drupal.conf}. */
  public String snippet(String name) {
    return confDir + "/snippets/" + name;
  }
}
