package dev.produce.generators.apply;

import java.util.Map;
import java.util.TreeMap;

/** What the running daemons report, read on the server itself. */
final class EffectiveValues {
  private static final String PHP_PROBE_PATH = "/var/www/drupal/web/produce-probe.php";
  private static final String PHP_PROBE = "<?php\n"
      + "$o = opcache_get_configuration()['directives'];\n"
      + "foreach (['opcache.memory_consumption', 'opcache.interned_strings_buffer',"
      + " 'opcache.max_accelerated_files', 'opcache.validate_timestamps', 'opcache.revalidate_freq'] as $k) {\n"
      + "  echo $k, '=', var_export($o[$k], true), \"\\n\";\n"
      + "}\n"
      + "foreach (['realpath_cache_size', 'realpath_cache_ttl', 'apc.shm_size'] as $k) {\n"
      + "  echo $k, '=', ini_get($k), \"\\n\";\n"
      + "}\n";

  private final Server server;

  EffectiveValues(Server server) {
    this.server = server;
  }

  /** {@code CONFIG GET} of the running Redis. */
  String redisConfig(String parameter) {
    String[] lines = server.sh("redis-cli -h 127.0.0.1 -p 6379 CONFIG GET " + parameter).split("\n", -1);
    return lines.length > 1 ? lines[1] : "";
  }

  /**
   * {@code stats settings} of the running Memcached on produce's unix socket, asked as PHP-FPM's user,
   * once it listens: {@code systemctl restart} returns when the process has started, a moment before it
   * accepts connections (up to 5 s).
   */
  Map<String, String> memcachedSettings() {
    return statLines(server.sh("for i in $(seq 50); do test -S " + MEMCACHED_SOCKET + " && break; sleep 0.1; done;"
        + " printf 'stats settings\\r\\nquit\\r\\n' | runuser -u www-data -- nc -U -N " + MEMCACHED_SOCKET));
  }

  /** Where produce's memcached listens. */
  static final String MEMCACHED_SOCKET = "/run/memcached/memcached.sock";

  /** The pool values the platform's {@code php-fpm8.x -tt} reports, e.g. {@code pm.max_children=16}. */
  Map<String, String> fpmPool() {
    Map<String, String> values = new TreeMap<>();
    for (String line : server.sh(ItPlatform.current().php().fpmBinary() + " -tt 2>&1").split("\n")) {
      int notice = line.indexOf("NOTICE:");
      String setting = notice < 0 ? "" : line.substring(notice + "NOTICE:".length()).strip();
      int equals = setting.indexOf(" = ");
      if (setting.startsWith("pm") && equals > 0) {
        values.put(setting.substring(0, equals), setting.substring(equals + 3).strip());
      }
    }
    return values;
  }

  /** opcache's effective directives and realpath/APCu ini values, as a PHP-FPM worker sees them (through nginx). */
  Map<String, String> phpThroughFpm() {
    server.sh("cat > " + PHP_PROBE_PATH + " <<'PHP'\n" + PHP_PROBE + "PHP\n");
    try {
      Map<String, String> values = new TreeMap<>();
      for (String line : server.sh("curl -fsS http://127.0.0.1/produce-probe.php").split("\n")) {
        int equals = line.indexOf('=');
        if (equals > 0) {
          values.put(line.substring(0, equals), line.substring(equals + 1).replace("'", ""));
        }
      }
      return values;
    } finally {
      server.sh("rm -f " + PHP_PROBE_PATH);
    }
  }

  private static Map<String, String> statLines(String output) {
    Map<String, String> values = new TreeMap<>();
    for (String line : output.split("\r?\n")) {
      String[] parts = line.split(" ", 3);
      if (parts.length == 3 && parts[0].equals("STAT")) {
        values.put(parts[1], parts[2].strip());
      }
    }
    return values;
  }
}
