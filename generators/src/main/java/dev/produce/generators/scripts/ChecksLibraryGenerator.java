package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/lib/checks.sh}: the preflight (root, distribution, packages, site, target directories). */
final class ChecksLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/checks.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
