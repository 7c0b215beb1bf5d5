package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scripts/lib/bundle.sh}: the one generated script, this profile's values as shell variables
 * and arrays ({@link BundleVariables}). Every other script reads them instead of carrying values.
 */
final class BundleDataGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/bundle.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return Optional.of(Templates.file(PATH, profile, Map.of("vars", BundleVariables.of(profile)), false));
  }
}
