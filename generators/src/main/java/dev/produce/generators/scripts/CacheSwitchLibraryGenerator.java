package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/lib/cache-switch.sh}: rebuilding Drupal's caches at a cache backend switch. */
final class CacheSwitchLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/cache-switch.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
