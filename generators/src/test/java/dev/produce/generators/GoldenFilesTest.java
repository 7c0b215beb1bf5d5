package dev.produce.generators;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.write.BundleWriter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of every golden scenario's bundle, byte for byte, and no file more or less. Run with
 * {@code -Dupdate.golden=true} to rewrite {@code expected/} from the current generators, then review
 * the diff.
 */
class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("update.golden");

  static List<GoldenScenario> scenarios() {
    return GoldenScenario.all();
  }

  @Test
  void scenarios_coverEveryBackendAndScope() {
    assertThat(scenarios()).extracting(GoldenScenario::name)
        .contains("redis-512m", "memcache-4096m-4cpus", "performance-only-16g", "redis-cache-only-php83-site");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void bundle_matchesGoldenFiles(GoldenScenario scenario) throws IOException {
    Bundle bundle = Generators.bundle(scenario.profile());
    if (UPDATE) {
      BundleWriter.deleteRecursively(scenario.expected());
      for (BundleFile file : bundle.files()) {
        Path path = scenario.expected().resolve(file.path());
        Files.createDirectories(path.getParent());
        Files.write(path, file.bytes());
      }
    }
    assertThat(expectedPaths(scenario.expected()))
        .as("files of %s (run with -Dupdate.golden=true after an intended change)", scenario)
        .containsExactlyElementsOf(bundle.paths());
    for (BundleFile file : bundle.files()) {
      String expected = Files.readString(scenario.expected().resolve(file.path()), StandardCharsets.UTF_8);
      assertThat(file.content()).as("%s: %s", scenario, file.path()).isEqualTo(expected);
    }
  }

  private static List<String> expectedPaths(Path expected) throws IOException {
    try (Stream<Path> tree = Files.walk(expected)) {
      return tree.filter(Files::isRegularFile)
          .map(p -> expected.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
