package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/lib/endpoints.sh}: where nginx answers HTTP, from its listen directives. */
final class EndpointsLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/endpoints.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
