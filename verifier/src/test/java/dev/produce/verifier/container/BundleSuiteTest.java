package dev.produce.verifier.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.model.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite a bundle's images come from, read off its profile.json. */
class BundleSuiteTest {
  @TempDir Path bundle;

  private Path withInputs(String inputs) throws Exception {
    Files.writeString(bundle.resolve("profile.json"), "{\"formatVersion\": \"1.0\", \"generator\": \"produce\","
        + " \"inputs\": {\"cache\": \"REDIS\", \"php\": \"8.2\", \"memoryMb\": 2048" + inputs + "}}\n");
    return bundle;
  }

  @Test
  void distro_mapsToItsSuite_andNoneMeansDebian12() throws Exception {
    assertThat(BundleSuite.of(withInputs(", \"distro\": \"debian-13\""), "BUNDLE")).isEqualTo(Images.Suite.TRIXIE);
    assertThat(BundleSuite.of(withInputs(", \"distro\": \"debian-12\""), "BUNDLE")).isEqualTo(Images.Suite.BOOKWORM);
    assertThat(BundleSuite.of(withInputs(""), "BUNDLE")).isEqualTo(Images.Suite.BOOKWORM);
  }

  @Test
  void unknownDistro_isRefusedInOneLineNamingTheAcceptedValues() throws Exception {
    Path dir = withInputs(", \"distro\": \"ubuntu-24.04\"");

    assertThatThrownBy(() -> BundleSuite.of(dir, "BUNDLE")).isInstanceOf(InvalidInputException.class)
        .hasMessage("BUNDLE: " + dir.resolve("profile.json")
            + ": inputs.distro must be debian-13 or debian-12, was 'ubuntu-24.04'");
  }

  @Test
  void missingProfile_isRefusedNamingTheFile() {
    assertThatThrownBy(() -> BundleSuite.of(bundle, "BUNDLE")).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("BUNDLE: cannot read " + bundle.resolve("profile.json"));
  }

  @Test
  void suites_nameTheirDistroBothWays() {
    for (Images.Suite suite : Images.Suite.values()) {
      assertThat(Images.Suite.ofDistro(suite.distro())).isEqualTo(suite);
    }
  }
}
