package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/lib/services.sh}: starting, reloading and restarting services with or without systemd. */
final class ServicesLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/services.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
