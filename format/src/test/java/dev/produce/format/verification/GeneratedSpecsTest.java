package dev.produce.format.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract with the generators: every {@code .verification.yml} of the generators' golden
 * bundles loads without a lint error and runs something at each level.
 */
class GeneratedSpecsTest {

  private static final Path GOLDEN = Path.of("..", "generators", "src", "test", "resources", "golden");

  static List<Path> generatedSpecs() throws IOException {
    if (!Files.isDirectory(GOLDEN)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      return files.filter(path -> path.getFileName().toString().equals(".verification.yml")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generatedSpecs")
  void generatedSpec_loadsWithoutLintErrors(Path file) throws IOException {
    SpecLoadResult loaded = SpecLoader.load(file);

    assertThat(loaded.errors()).as("lint errors of %s", file).isEmpty();
    assertThat(loaded.orThrow().commandCount(Level.QUICK)).isPositive();
    assertThat(loaded.orThrow().commandCount(Level.THOROUGH)).isGreaterThan(loaded.orThrow().commandCount(Level.QUICK));
  }

  @Test
  void generatorsGoldenBundles_areFound() throws IOException {
    assumeTrue(Files.isDirectory(GOLDEN), "run from the verifier module of a full checkout");
    assertThat(generatedSpecs()).hasSizeGreaterThanOrEqualTo(4);
  }
}
