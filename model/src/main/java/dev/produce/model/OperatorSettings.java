package dev.produce.model;

import java.util.List;

/**
 * The operator's lines that survive when the bundle replaces a whole file on the server. redis.conf
 * and PHP-FPM's www.conf are installed whole, but their previous version may hold the operator's
 * security settings, which the bundle knows nothing of: a Redis password, ACL users, disabled or
 * renamed commands; the pool's environment (database passwords) and per-pool PHP settings. Apply
 * carries the lines of the server's file whose directive is listed here into one marked block at
 * the end of the installed file. The bundle itself sets none of these directives.
 */
final class OperatorSettings {
  /** Directives of redis.conf (first word, case-insensitive). */
  static final List<String> REDIS = List.of("requirepass", "masterauth", "masteruser", "rename-command", "user",
      "aclfile");

  /** Directives of a PHP-FPM pool (the name before {@code [}). */
  static final List<String> PHP_FPM_POOL = List.of("env", "php_value", "php_flag", "php_admin_value",
      "php_admin_flag");

  private OperatorSettings() {}

  /** Records why the kept directives of each file in {@code files} are kept. */
  static void explain(List<ManagedFile> files, Explanation ex) {
    for (ManagedFile file : files) {
      if (file.keptDirectives().isEmpty()) {
        continue;
      }
      if (file.daemon() == Daemon.REDIS) {
        ex.add("redis.kept_from_server", String.join(", ", file.keptDirectives()),
            "kept from the server's " + file.targetPath() + ": its password, ACL users and disabled or renamed"
                + " commands are the operator's, not the bundle's; apply carries those lines into a marked block at"
                + " the end of the new file (the dry run lists them, passwords redacted)");
      } else {
        ex.add("php_fpm.kept_from_server", String.join(", ", file.keptDirectives().stream().map(d -> d + "[…]")
                .toList()),
            "kept from the server's " + file.targetPath() + ": the pool's environment (e.g. database passwords)"
                + " and per-pool PHP settings are the operator's; apply carries those lines into a marked block at"
                + " the end of the new pool file (the dry run lists them, env values redacted)");
      }
    }
  }
}
