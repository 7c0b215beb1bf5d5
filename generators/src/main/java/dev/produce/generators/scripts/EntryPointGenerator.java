package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code produce}: the entry point run as {@code sudo ./produce}; checks the bundle's checksums, parses the options and runs the workflow. */
final class EntryPointGenerator implements FileGenerator {
  static final String PATH = "produce";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.executable(PATH, profile);
  }
}
