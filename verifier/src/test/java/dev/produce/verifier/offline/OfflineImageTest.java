package dev.produce.verifier.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineImageTest {
  @TempDir
  Path bundle;

  @Test
  void aBundleVendorsPackagesExactlyWhenItHasPackagesIndex() throws Exception {
    assertThat(OfflineImage.vendorsPackages(bundle)).isFalse();
    Files.createDirectories(bundle.resolve("packages/INDEX"));
    assertThat(OfflineImage.vendorsPackages(bundle)).as("a directory named INDEX").isFalse();
    Files.delete(bundle.resolve("packages/INDEX"));
    Files.writeString(bundle.resolve("packages/INDEX"), "# requested: nginx\n");
    assertThat(OfflineImage.vendorsPackages(bundle)).isTrue();
  }
}
