package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/**
 * {@code produce}: the entry point run as {@code sudo ./produce}; checks the bundle's checksums,
 * parses the options, sources the libraries and runs the workflow. Mode 0755; with {@code
 * scripts/lib/bundle.sh} the only script that carries the provenance.
 */
final class EntryPointGenerator implements FileGenerator {
  static final String PATH = "produce";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return Optional.of(Templates.file(PATH, profile, Map.of(), true));
  }
}
