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
 * Drupal keeps aggregates, with a {@code .gz} copy beside the aggregate as Drupal writes one),
 * requests them over loopback and removes them again, with any directory it had to create.
 */
final class SiteChecks {
  /** The marker line apply puts first in its include block (scripts/lib/drupal.sh). */
  static final String INCLUDE_MARKER = "// BEGIN produce";

  private SiteChecks() {}

  static Item staticAssets(NginxProfile nginx, String docroot) {
    return Item.thorough("nginx serves the site's static assets gzip-compressed, cached for "
        + nginx.staticAssetMaxAgeDays() + " days (css/js aggregates " + nginx.aggregateMaxAgeDays()
        + " days, sent from the .gz copy Drupal writes beside each)",
        List.of(ProbeCommand.of("probe_static_assets", ShellWords.quote(docroot + "/sites/default"),
            Long.toString(nginx.staticAssetMaxAgeSeconds()), Long.toString(nginx.aggregateMaxAgeSeconds()))));
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
