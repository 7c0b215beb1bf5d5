package dev.produce.generators.meta.verification;

import static dev.produce.format.verification.CommandSpec.succeeds;

import dev.produce.format.verification.Item;
import dev.produce.model.DrupalCache;
import dev.produce.model.PhpPaths;
import java.util.List;

/**
 * Proof that Drupal's cache reaches memcached, which the memcache module's status report cannot give
 * (8.x-2.x reports only the PHP extension's version, the same with memcached down).
 *
 * <p>PHP, as PHP-FPM's user {@code www-data} (never root: the site's PHP files may be written by
 * its users), loads {@code settings.php} the way Drupal's kernel does, so the include, the
 * fragment's guards and its settings all take part; with the servers and key prefix those settings
 * give Drupal, it writes an item through PHP's Memcached extension (key {@code urlencode(prefix-…)},
 * as the module forms its keys; a {@code unix://} server is the socket's path, as the module reads it).
 * memcached itself must then return that item over its text protocol, which also deletes it: over the
 * socket as {@code www-data} too, never as root through a directory memcache owns. Where the site or the module is missing the fragment changes nothing and
 * the check passes with a note, as the other site checks do.
 */
final class MemcacheConnectionCheck {
  private MemcacheConnectionCheck() {}

  static Item item(PhpPaths php, DrupalCache drupal, String docroot) {
    String write = String.join(" ",
        "$app_root = getcwd(); $site_path = \"sites/default\"; $settings = []; $databases = [];",
        "include \"sites/default/settings.php\";",
        "$m = $settings[\"memcache\"] ?? [];",
        "if (($settings[\"cache\"][\"default\"] ?? \"\") !== " + phpString(drupal.cacheService())
            + " || empty($m[\"servers\"])) {",
        "fwrite(STDERR, \"settings.php does not put the Drupal cache in memcached\\n\"); exit(1); }",
        "$server = array_key_first($m[\"servers\"]); [$host, $port] = explode(\":\", $server . \":\");",
        "if ($host === \"unix\") { $host = substr($server, 7); $port = 0; }",
        "$at = $port ? \"$host:$port\" : $host;",
        "$c = new Memcached(); $c->addServer($host, (int) $port);",
        "$key = urlencode(($m[\"key_prefix\"] ?? \"\") . \"-produce-verify-\" . getmypid());",
        "$value = bin2hex(random_bytes(8));",
        "if (!$c->set($key, $value, 60)) {",
        "fwrite(STDERR, \"writing to memcached at $at failed: \" . $c->getResultMessage() . \"\\n\"); exit(1); }",
        "echo \"$host $port $key $value\\n\";");
    List<String> script = List.of(
        "s=" + ShellWords.quote(docroot + "/sites/default"),
        "m=" + ShellWords.quote(docroot + "/" + drupal.servicesFile()),
        "[ -d \"$s\" ] || { echo \"no Drupal site at $s: nothing to probe\"; exit 0; }",
        "[ -f \"$m\" ] || { echo \"no " + drupal.module() + " module ($m): Drupal keeps its database cache,"
            + " nothing to probe\"; exit 0; }",
        "w=$(cd " + ShellWords.quote(docroot) + " && runuser -u www-data -- " + php.cliBinary() + " -r "
            + ShellWords.quote(write) + ") || exit 1",
        "set -- $w",
        "if [ \"$2\" = 0 ]; then nc=\"runuser -u www-data -- nc -U -w 5 $1\"; at=$1; else nc=\"nc -w 5 $1 $2\"; at=$1:$2; fi",
        "got=$(printf 'get %s\\r\\ndelete %s\\r\\nquit\\r\\n' \"$3\" \"$3\" | $nc | tr -d '\\r' | sed -n 2p)",
        "[ \"$got\" = \"$4\" ] || { echo \"memcached at $at does not hold $3, the item written with Drupal's"
            + " settings\" >&2; exit 1; }",
        "echo \"memcached at $at held $3, written with the servers and key prefix settings.php gives Drupal\"");
    return Item.thorough("Drupal's cache reaches memcached: an item written with the servers and key"
        + " prefix settings.php gives Drupal is in memcached (where the site and the " + drupal.module()
        + " module exist)", List.of(succeeds(String.join("; ", script))));
  }

  /** A PHP double-quoted literal of a plain service id (letters, digits, dots, underscores only). */
  private static String phpString(String serviceId) {
    if (!serviceId.matches("[A-Za-z0-9._]+")) {
      throw new IllegalArgumentException("not a service id: " + serviceId);
    }
    return "\"" + serviceId + "\"";
  }
}
