package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/lib/backup.sh}: backups under {@code /var/backups/produce/} and restoring them. */
final class BackupLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/backup.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
