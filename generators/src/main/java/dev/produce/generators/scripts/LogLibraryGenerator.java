package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/lib/log.sh}: {@code produce: }-prefixed log lines and the final summary. */
final class LogLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/log.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
