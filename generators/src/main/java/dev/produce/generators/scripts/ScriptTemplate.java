package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.Templates;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/** Renders a script's template; scripts other than {@code bundle.sh} need nothing but the provenance. */
final class ScriptTemplate {
  private ScriptTemplate() {}

  /** A script sourced by {@code produce} (mode 0644). */
  static Optional<BundleFile> sourced(String bundlePath, ServerProfile profile) {
    return Optional.of(Templates.file(bundlePath, profile, Map.of(), false));
  }

  /** A script run directly (mode 0755). */
  static Optional<BundleFile> executable(String bundlePath, ServerProfile profile) {
    return Optional.of(Templates.file(bundlePath, profile, Map.of(), true));
  }
}
