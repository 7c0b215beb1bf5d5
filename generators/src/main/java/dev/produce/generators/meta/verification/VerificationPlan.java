package dev.produce.generators.meta.verification;

import dev.produce.format.verification.Section;
import dev.produce.model.NginxProfile;
import dev.produce.model.ServerProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of one bundle's {@code .verification.yml}, derived from its profile: the original
 * design's checks and the bundle's integrity, each daemon's own config test, and every computed value
 * checked against what the running daemon reports. Only the configured daemons get sections.
 */
public final class VerificationPlan {
  private VerificationPlan() {}

  /** The sections for {@code profile}, in file order. */
  public static List<Section> of(ServerProfile profile) {
    List<Section> sections = new ArrayList<>();
    sections.add(BundleChecks.section(profile));
    profile.nginx().ifPresent(nginx -> sections.add(DaemonConfigChecks.nginx(nginx, profile.inputs().docroot())));
    profile.nginx().flatMap(NginxProfile::microcache).ifPresent(microcache -> sections.add(MicrocacheChecks.section(
        microcache, profile.directories().stream().filter(d -> d.path().equals(microcache.path())).findFirst()
            .orElseThrow())));
    if (profile.phpFpm().isPresent() && profile.phpIni().isPresent()) {
      sections.add(DaemonConfigChecks.phpFpm(profile.php(), profile.phpFpm().get(), profile.phpIni().get()));
    }
    profile.redis().ifPresent(redis -> sections.add(CacheChecks.redis(redis, profile.platform().redis())));
    profile.memcached().ifPresent(memcached -> sections.add(CacheChecks.memcached(memcached, profile.platform())));
    profile.drupal().ifPresent(drupal -> sections.add(CacheChecks.drupal(profile.php(), drupal, profile.inputs().docroot())));
    return List.copyOf(sections);
  }

  /** The original design's three grep checks, verbatim; every bundle carries them. */
  public static List<String> seedChecks() {
    return BundleChecks.SEED_GREPS;
  }
}
