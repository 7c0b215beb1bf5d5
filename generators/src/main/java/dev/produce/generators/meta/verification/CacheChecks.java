package dev.produce.generators.meta.verification;

import static dev.produce.format.verification.CommandSpec.prints;
import static dev.produce.format.verification.CommandSpec.succeeds;

import dev.produce.format.verification.CommandSpec;
import dev.produce.format.verification.Item;
import dev.produce.format.verification.Section;
import dev.produce.model.CacheBackend;
import dev.produce.model.DrupalCache;
import dev.produce.model.MemcachedPaths;
import dev.produce.model.MemcachedProfile;
import dev.produce.model.PhpPaths;
import dev.produce.model.Platform;
import dev.produce.model.RedisPaths;
import dev.produce.model.RedisProfile;
import java.util.List;

/**
 * The {@code redis}, {@code memcached} and {@code drupal} sections: the daemon answers, runs with the
 * computed values as it reports them itself ({@code CONFIG GET}, {@code stats settings}), and
 * PHP-FPM loads the extension Drupal's cache module needs.
 */
final class CacheChecks {
  private static final String RETRY_WITHIN = "30s";
  private static final String RETRY_EVERY = "1s";
  private static final String TIMEOUT = "10s";
  /** memcached's default TCP port, which produce's memcached must not open. */
  private static final int MEMCACHED_TCP_PORT = 11211;

  private CacheChecks() {}

  /** Redis or Valkey (the same checks through its own client); Valkey says so in its INFO. */
  static Section redis(RedisProfile redis, RedisPaths server) {
    String cli = server.cli() + " -p " + redis.port() + " ";
    String name = server.productName();
    return new Section("redis", List.of(
        Item.thorough(name + " answers on loopback", List.of(
            prints(cli + "ping", "PONG").retried(RETRY_WITHIN, RETRY_EVERY).timeout(TIMEOUT),
            prints(cli + "info server", server.infoModeLine()))),
        Item.thorough(name + " runs with the computed memory limit, eviction and no persistence", List.of(
            prints(configGet(cli, "maxmemory"), ShellWords.exactLine(Long.toString(redis.maxmemoryBytes()))),
            prints(configGet(cli, "maxmemory-policy"), ShellWords.exactLine(redis.maxmemoryPolicy())),
            succeeds("test -z \"$(" + configGet(cli, "save") + ")\""),
            prints(configGet(cli, "appendonly"), ShellWords.exactLine("no")),
            prints(configGet(cli, "bind"), ShellWords.exactLine(redis.bind()))))));
  }

  /**
   * Memcached on its unix socket: PHP-FPM's user reaches it, another user cannot, the socket and its
   * directory have the computed owner, group and mode, and no TCP port answers.
   */
  static Section memcached(MemcachedProfile memcached, Platform platform) {
    MemcachedPaths paths = platform.memcached();
    String socket = ShellWords.quote(memcached.socket());
    // "quit" makes memcached close the connection, so nc ends at once (-q1 would idle a second per check)
    String nc = "nc -U -w 5 " + socket;
    String asWebUser = "runuser -u " + platform.webUser() + " -- " + nc;
    String settings = "printf 'stats settings\\r\\nquit\\r\\n' | " + nc + " | tr -d '\\r' | grep -x ";
    return new Section("memcached", List.of(
        Item.thorough("Memcached answers PHP-FPM's user (" + platform.webUser() + ") on its unix socket", List.of(
            prints("printf 'stats\\r\\nquit\\r\\n' | " + asWebUser, "STAT pid")
                .retried(RETRY_WITHIN, RETRY_EVERY).timeout(TIMEOUT))),
        Item.thorough("Memcached's socket is " + paths.user() + ":" + memcached.socketGroup() + " "
            + memcached.socketMode() + " in a " + memcached.runtimeDirMode() + " directory: another user cannot"
            + " connect", List.of(
            ownerAndMode(memcached.socket(), memcached.socketMode(), paths.user(), memcached.socketGroup()),
            ownerAndMode(paths.runtimeDir(), memcached.runtimeDirMode(), paths.user(), memcached.socketGroup()),
            succeeds("! runuser -u nobody -- " + nc + " </dev/null"))),
        Item.thorough("Memcached runs with the computed memory, connections and threads, on its socket only (no"
            + " TCP or UDP port)", List.of(
            succeeds(settings + stat("maxbytes", memcached.memoryBytes())),
            succeeds(settings + stat("maxconns", memcached.maxConnections())),
            succeeds(settings + stat("num_threads", memcached.threads())),
            succeeds(settings + stat("domain_socket", memcached.socket())),
            succeeds(settings + stat("udpport", 0)),
            succeeds("! nc -z -w 2 127.0.0.1 " + MEMCACHED_TCP_PORT)))));
  }

  static Section drupal(PhpPaths php, DrupalCache drupal, String docroot) {
    return new Section("drupal", List.of(
        SiteChecks.settingsInclude(php, drupal, docroot),
        Item.thorough("PHP-FPM loads the " + drupal.phpExtension() + " extension the " + drupal.module()
            + " module needs", List.of(succeeds(php.fpmBinary() + " -m | grep -x " + drupal.phpExtension()))),
        connected(php, drupal, docroot)));
  }

  /**
   * Redis: the module's status report says "Connected" or not. Memcache 8.x-2.x reports only the
   * extension's version, so a probe through the site's own settings takes its place.
   */
  private static Item connected(PhpPaths php, DrupalCache drupal, String docroot) {
    if (drupal.backend() == CacheBackend.MEMCACHE) {
      return MemcacheConnectionCheck.item(php, drupal, docroot);
    }
    return Item.manual("With the " + drupal.module() + " module enabled, Drupal's status report"
        + " (admin/reports/status) shows the " + drupal.module() + " cache backend connected");
  }

  /** {@code stat} prints {@code path}'s octal {@code mode} without its leading zero, then owner and group. */
  private static CommandSpec ownerAndMode(String path, String mode, String owner, String group) {
    return prints("stat -c '%a %U %G' " + ShellWords.quote(path), ShellWords.exactLine(
        Integer.toOctalString(Integer.parseInt(mode, 8)) + " " + owner + " " + group));
  }

  private static String configGet(String cli, String parameter) {
    return cli + "config get " + parameter + " | sed -n 2p";
  }

  private static String stat(String name, Object value) {
    return ShellWords.quote("STAT " + name + " " + value);
  }
}
