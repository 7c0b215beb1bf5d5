package dev.produce.generators.meta.verification;

import static dev.produce.format.verification.CommandSpec.succeeds;

import dev.produce.format.verification.Item;
import dev.produce.model.DrupalCache;
import dev.produce.model.NginxProfile;
import dev.produce.model.PhpPaths;
import java.util.List;

/**
 * Checks through the Drupal site itself: nginx serves its static assets gzip-compressed with the
 * computed cache lifetimes, and its {@code settings.php} loads {@code settings.produce.php}. On a
 * server without the compiled site root apply installs everything else and warns; these checks
 * then pass with a note, as the file checks of {@code settings.produce.php} do.
 *
 * <p>The asset probe works on any site, not only on a fixture: it writes two small css files under
 * the site's public files directory ({@code sites/default/files/} and its {@code css/}, where
 * Drupal keeps aggregates), requests them over loopback and removes them again, with any directory
 * it had to create.
 */
final class SiteChecks {
  /** The marker line apply puts first in its include block (scripts/lib/drupal.sh). */
  static final String INCLUDE_MARKER = "// BEGIN produce";

  private SiteChecks() {}

  static Item staticAssets(NginxProfile nginx, String docroot) {
    String site = docroot + "/sites/default";
    String url = "http://127.0.0.1/sites/default/files/";
    List<String> script = List.of(
        "d=" + ShellWords.quote(site),
        "[ -d \"$d\" ] || { echo \"no Drupal site at $d: nothing to probe\"; exit 0; }",
        "f=\"$d/files\"",
        "nf=; nc=; [ -d \"$f\" ] || nf=1; [ -d \"$f/css\" ] || nc=1",
        "mkdir -p \"$f/css\"",
        "n=produce-verify-$$.css",
        "trap 'rm -f \"$f/$n\" \"$f/css/$n\"; [ -z \"$nc\" ] || rmdir \"$f/css\"; [ -z \"$nf\" ] || rmdir \"$f\"' EXIT",
        // 5 KB of css: well above gzip_min_length, compressible
        "for p in \"$f/$n\" \"$f/css/$n\"; do yes 'body { color: #123456; }' | head -n 200 >\"$p\"; done",
        "a=$(" + headers(url + "$n") + ")",
        "b=$(" + headers(url + "css/$n") + ")",
        "printf '%s\\n' \"$a\" | sed 's/^/asset: /'",
        "printf '%s\\n' \"$b\" | sed 's/^/aggregate: /'",
        "ok=0",
        "want() { printf '%s\\n' \"$2\" | grep -Fqix \"$3\" || { echo \"missing on the $1: $3\" >&2; ok=1; }; }",
        "want asset \"$a\" 'HTTP/1.1 200 OK'",
        "want asset \"$a\" 'Content-Encoding: gzip'",
        "want asset \"$a\" " + ShellWords.quote("Cache-Control: max-age=" + nginx.staticAssetMaxAgeSeconds()),
        "want aggregate \"$b\" 'HTTP/1.1 200 OK'",
        "want aggregate \"$b\" 'Content-Encoding: gzip'",
        "want aggregate \"$b\" " + ShellWords.quote("Cache-Control: max-age=" + nginx.aggregateMaxAgeSeconds()),
        "exit $ok");
    return Item.thorough("nginx serves the site's static assets gzip-compressed, cached for "
        + nginx.staticAssetMaxAgeDays() + " days (css/js aggregates " + nginx.aggregateMaxAgeDays() + " days)",
        List.of(succeeds(String.join("; ", script))));
  }

  private static String headers(String url) {
    return "curl -sS -o /dev/null -D - -H 'Accept-Encoding: gzip' \"" + url + "\" | tr -d '\\r'";
  }

  static Item settingsInclude(PhpPaths php, DrupalCache drupal, String docroot) {
    String site = docroot + "/sites/default";
    String noSite = "test ! -d " + ShellWords.quote(site) + " || ";
    String settings = ShellWords.quote(drupal.settingsPhp());
    String loads = "$app_root = getcwd(); $site_path = \"sites/default\"; include \"sites/default/settings.php\";"
        + " exit(in_array(realpath(\"sites/default/settings.produce.php\"), get_included_files(), true) ? 0 : 1);";
    return new Item("settings.php loads settings.produce.php through produce's one marked include"
        + " (where the Drupal site exists)",
        List.of(succeeds(noSite + "test \"$(grep -c " + ShellWords.quote("^" + INCLUDE_MARKER) + " " + settings
            + ")\" = 1")),
        List.of(succeeds(noSite + "(cd " + ShellWords.quote(docroot) + " && " + php.cliBinary() + " -r "
            + ShellWords.quote(loads) + ")")));
  }
}
