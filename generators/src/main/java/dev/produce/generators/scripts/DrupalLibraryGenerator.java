package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/lib/drupal.sh}: the marked, guarded include of {@code settings.produce.php} in {@code settings.php}. */
final class DrupalLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/drupal.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
