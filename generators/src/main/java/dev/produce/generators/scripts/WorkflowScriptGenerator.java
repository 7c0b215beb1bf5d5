package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/** {@code scripts/commands/produce.sh}: the workflow ({@code main}) and the original design's functions {@code setup_redis} … {@code tune_nginx}. */
final class WorkflowScriptGenerator implements FileGenerator {
  static final String PATH = "scripts/commands/produce.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
