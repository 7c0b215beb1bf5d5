package dev.produce.generators.scripts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The static scripts' source tree, {@code src/main/resources/shell/}, seen from this module. */
final class StaticScriptResources {
  /** The folder that mirrors the bundle: {@code ROOT/scripts/lib/files.sh} is bundle file {@code scripts/lib/files.sh}. */
  static final Path ROOT = Path.of("src", "main", "resources", "shell").toAbsolutePath();

  private StaticScriptResources() {}

  /** Every file under {@link #ROOT}, as bundle paths, sorted. */
  static List<String> files() throws IOException {
    try (Stream<Path> tree = Files.walk(ROOT)) {
      return tree.filter(Files::isRegularFile)
          .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
