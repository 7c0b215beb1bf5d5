package dev.produce.generators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The regex locations of snippets/produce-drupal.conf, matched as nginx matches them (first match
 * wins, {@code ~*} ignores case): none of them matches a path a standard Drupal server block denies
 * or hands to PHP, so wherever the snippet is included it never makes such a path reachable or
 * serves a PHP file as its source; Drupal's generated files and static assets still match the
 * location meant for them. {@code SnippetPlacementIT} proves the same on a running nginx.
 */
class DrupalSnippetLocationsTest {
  private static final Pattern LOCATION = Pattern.compile("(?m)^location (~\\*?) (\\S+) \\{");

  private record Location(String modifier, Pattern regex) {
    boolean matches(String uri) {
      return regex.matcher(uri).find();
    }
  }

  private static List<Location> locations() {
    String snippet = Generators.bundle(TestProfiles.microcache()).file("files/etc/nginx/snippets/produce-drupal.conf")
        .orElseThrow().content();
    List<Location> locations = new ArrayList<>();
    Matcher m = LOCATION.matcher(snippet);
    while (m.find()) {
      int flags = m.group(1).equals("~*") ? Pattern.CASE_INSENSITIVE : 0;
      locations.add(new Location(m.group(1), Pattern.compile(m.group(2), flags)));
    }
    assertThat(locations).as("the snippet's regex locations").hasSize(3);
    return locations;
  }

  private static Optional<Integer> firstMatch(List<Location> locations, String uri) {
    for (int i = 0; i < locations.size(); i++) {
      if (locations.get(i).matches(uri)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  @Test
  void noLocation_matchesWhatAStandardDrupalServerDeniesOrRunsAsPhp() {
    List<Location> locations = locations();
    SoftAssertions soft = new SoftAssertions();
    for (String uri : List.of("/sites/default/private/secret.png", "/sites/default/private/a/b.css",
        "/sites/default/files/private/secret.png", "/sites/default/files/styles/thumbnail/private/secret.png",
        "/sites/default/files/private/styles/x/a.jpg", "/sites/default/files/evil.php",
        "/sites/default/files/css/evil.php", "/sites/default/files/js/evil.php", "/sites/default/files/styles/evil.php",
        "/sites/default/files/styles/thumbnail/public/evil.php", "/sites/default/files/styles/a/public/evil.PHP",
        "/sites/default/files/css/evil.php/x.css", "/sites/default/files/styles/evil.php/a.png", "/x.php/y.png",
        "/.git/config", "/.git/x.js", "/.well-known/a.png", "/sites/default/files/.hidden/a.css",
        "/sites/default/files/css/.x.css", "/core/misc/.secret.js", "/core/composer.json",
        "/sites/default/default.services.yml", "/core/themes/t/templates/page.html.twig",
        "/sites/default/files/backup.sql", "/index.php", "/update.php", "/core/install.php", "/vendor/a/b.php",
        "/CHANGELOG.txt", "/sites/default/settings.php")) {
      soft.assertThat(firstMatch(locations, uri)).as(uri).isEmpty();
    }
    soft.assertAll();
  }

  @Test
  void generatedFilesAndAssets_matchTheirLocation() {
    List<Location> locations = locations();
    SoftAssertions soft = new SoftAssertions();
    for (String uri : List.of("/sites/default/files/styles/thumbnail/public/kitten.png",
        "/sites/default/files/styles/large/public/2024-01/a.jpg.webp", "/sites/example.com/files/styles/x/public/IMG.JPG")) {
      soft.assertThat(firstMatch(locations, uri)).as(uri).contains(0);
    }
    for (String uri : List.of("/sites/default/files/css/css_AbC-12_x.css", "/sites/default/files/js/js_AbC.js")) {
      soft.assertThat(firstMatch(locations, uri)).as(uri).contains(1);
    }
    for (String uri : List.of("/core/misc/druplicon.png", "/themes/custom/t/css/style.css",
        "/sites/default/files/2024-01/photo.JPG", "/libraries/font/a.woff2", "/core/misc/drupal.js")) {
      soft.assertThat(firstMatch(locations, uri)).as(uri).contains(2);
    }
    soft.assertAll();
  }
}
