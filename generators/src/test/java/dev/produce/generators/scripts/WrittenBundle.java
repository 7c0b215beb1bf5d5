package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.Generators;
import dev.produce.model.ServerProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A complete bundle written to disk the way produce-compile writes it, so scripts can source each other. */
final class WrittenBundle {
  private WrittenBundle() {}

  /** Writes the bundle of {@code profile} to {@code parent/bundle} and returns that directory. */
  static Path write(ServerProfile profile, Path parent) throws IOException {
    Path dir = parent.resolve("bundle");
    BundleWriter.write(Generators.bundle(profile), dir, false);
    return dir;
  }

  /** The bundle's shell scripts (paths relative to the bundle root). */
  static List<String> scriptPaths(ServerProfile profile) {
    return ScriptGenerators.all().stream()
        .map(generator -> generator.generate(profile).orElseThrow())
        .map(BundleFile::path)
        .toList();
  }
}
