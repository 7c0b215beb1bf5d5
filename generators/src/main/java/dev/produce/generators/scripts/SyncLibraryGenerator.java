package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/lib/sync.sh}: brings one managed file in line with the bundle, or reports or diffs it, per mode. */
final class SyncLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/sync.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
