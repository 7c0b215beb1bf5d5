package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/lib/validate.sh}: each daemon's own configuration check and {@code php -l}. */
final class ValidateLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/validate.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
