package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/lib/files.sh}: comparing managed files with the server and installing them atomically. */
final class FilesLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/files.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
