package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/lib/carry.sh}: the operator settings a replaced file keeps, and redaction of secrets. */
final class CarryLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/carry.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
