package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/**
 * {@code scripts/lib/packages.sh}: installing the packages a bundle vendors ({@code packages/}, from
 * {@code produce-compile --vendor-packages}) with apt and the bundle as its only source. Present in
 * every bundle; it does nothing when the bundle vendors no packages.
 */
final class PackagesLibraryGenerator implements FileGenerator {
  static final String PATH = "scripts/lib/packages.sh";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return ScriptTemplate.sourced(PATH, profile);
  }
}
