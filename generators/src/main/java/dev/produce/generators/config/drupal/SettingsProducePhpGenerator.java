package dev.produce.generators.config.drupal;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.ManagedFile;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/**
 * {@code files/drupal/settings.produce.php}: the guarded settings fragment that points Drupal's
 * cache at Redis or Memcached (known defect 9: never unguarded, never appended twice). Present with
 * a cache backend.
 */
public final class SettingsProducePhpGenerator implements FileGenerator {
  /** The bundle path; on the target it goes to the site's {@code sites/default/}. */
  public static final String PATH = "files/drupal/settings.produce.php";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return profile.files().stream()
        .map(ManagedFile::bundlePath)
        .filter(PATH::equals)
        .findFirst()
        .map(path -> Templates.file(path, profile,
            Map.of("wiring", new DrupalCacheWiring(profile.drupal().orElseThrow())), false));
  }
}
