package dev.produce.loadtest.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.core.config.GatlingConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Gatling's configuration as the load test loads it (no analytics, no warm-up request to
 * gatling.io, no console summaries) and the asset references the simulation follows.
 */
class GatlingSetupTest {

  @Test
  void gatlingConf_turnsAnalyticsAndTheExternalWarmUpOff() {
    GatlingConfiguration configuration = io.gatling.core.config.GatlingConfiguration$.MODULE$.load();

    assertThat(configuration.data().enableAnalytics()).isFalse();
    assertThat(configuration.http().warmUpUrl().isEmpty()).isTrue();
    assertThat(configuration.data().dataWriters().size()).isEqualTo(1);
  }

  @Test
  void assetPattern_followsTheFilesAPageReferences() {
    String html = "<link rel=\"stylesheet\" href=\"/sites/default/files/css/css_ab.css?delta=0&amp;theme=fixture\" />"
        + "<script src=\"/sites/default/files/js/js_cd.js?delta=0\"></script>"
        + "<img src=\"/core/themes/fixture/images/logo.svg\" /><img src=\"/sites/default/files/styles/large/public/"
        + "photos/photo-6.png?itok=NQNW2BF8\" /><link rel=\"icon\" href=\"/core/themes/fixture/favicon.svg\" />"
        + "<a href=\"/node/5\">article</a><link rel=\"canonical\" href=\"/node/5\" />"
        + "<img src=\"https://cdn.example.org/x.png\" /><a href=\"/sites/default/files/report.pdf\">pdf</a>";

    assertThat(matches(html)).containsExactly(
        "/sites/default/files/css/css_ab.css?delta=0&amp;theme=fixture",
        "/sites/default/files/js/js_cd.js?delta=0",
        "/core/themes/fixture/images/logo.svg",
        "/sites/default/files/styles/large/public/photos/photo-6.png?itok=NQNW2BF8",
        "/core/themes/fixture/favicon.svg");
  }

  private static List<String> matches(String html) {
    Matcher m = Pattern.compile(SiteVisitsSimulation.ASSET_PATTERN).matcher(html);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
