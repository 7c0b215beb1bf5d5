package dev.produce.generators;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.scripts.StaticScripts;
import dev.produce.generators.write.BundleWriter;
import dev.produce.model.Distro;

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
 * Every rendered file of every golden scenario's bundle, byte for byte, and no file more or less.
 * The static scripts are not stored per scenario: each bundle holds exactly {@link
 * StaticScripts#PATHS}, each a byte-for-byte copy of its file under {@code src/main/resources/shell/}.
 * Run with {@code -Dupdate.golden=true} to rewrite {@code expected/} from the current generators,
 * then review the diff.
 */
class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("update.golden");
  private static final Path STATIC_SCRIPTS = Path.of("src", "main", "resources", "shell");

  static List<GoldenScenario> scenarios() {
    return GoldenScenario.all();
  }

  @Test
  void scenarios_coverEveryBackendScopeAndDistro() {
    assertThat(scenarios()).extracting(GoldenScenario::name)
        .contains("debian12-redis-512m", "memcache-4096m-4cpus", "performance-only-16g", "redis-cache-only-php83-site",
            "valkey-2048m");
    assertThat(scenarios()).extracting(scenario -> scenario.inputs().distro()).contains(Distro.DEBIAN_12,
        Distro.DEBIAN_13);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void bundle_matchesGoldenFiles(GoldenScenario scenario) throws IOException {
    List<BundleFile> rendered = rendered(Generators.bundle(scenario.profile()));
    if (UPDATE) {
      BundleWriter.deleteRecursively(scenario.expected());
      for (BundleFile file : rendered) {
        Path path = scenario.expected().resolve(file.path());
        Files.createDirectories(path.getParent());
        Files.write(path, file.bytes());
      }
    }
    assertThat(expectedPaths(scenario.expected()))
        .as("files of %s (run with -Dupdate.golden=true after an intended change)", scenario)
        .containsExactlyElementsOf(rendered.stream().map(BundleFile::path).toList());
    for (BundleFile file : rendered) {
      String expected = Files.readString(scenario.expected().resolve(file.path()), StandardCharsets.UTF_8);
      assertThat(file.content()).as("%s: %s", scenario, file.path()).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void bundle_holdsEveryStaticScript_asItsResourceByteForByte(GoldenScenario scenario) throws IOException {
    Bundle bundle = Generators.bundle(scenario.profile());
    List<BundleFile> scripts = bundle.files().stream()
        .filter(file -> file.path().startsWith("scripts/") && !file.path().equals("scripts/lib/bundle.sh"))
        .toList();

    assertThat(scripts).extracting(BundleFile::path).as("static scripts of %s", scenario)
        .containsExactlyElementsOf(StaticScripts.PATHS.stream().sorted().toList());
    for (BundleFile script : scripts) {
      assertThat(script.bytes()).as("%s: %s", scenario, script.path())
          .isEqualTo(Files.readAllBytes(STATIC_SCRIPTS.resolve(script.path())));
      assertThat(script.mode()).as("%s: %s", scenario, script.path()).isEqualTo(0644);
    }
  }

  private static List<BundleFile> rendered(Bundle bundle) {
    return bundle.files().stream().filter(file -> !StaticScripts.PATHS.contains(file.path())).toList();
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
