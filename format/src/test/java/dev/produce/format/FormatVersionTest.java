package dev.produce.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatVersionTest {
  private static final FormatVersion READER = new FormatVersion(1, 0);

  @Test
  void sameMajor_anyMinor_isRead() {
    assertThat(READER.problemReading("f", Optional.of("1.0"))).isEmpty();
    assertThat(READER.problemReading("f", Optional.of("1.7"))).isEmpty();
  }

  @Test
  void missingVersion_isReadAsOnePointZero() {
    assertThat(READER.problemReading("f", Optional.empty())).isEmpty();
    assertThat(FormatVersion.UNVERSIONED).isEqualTo(READER);
  }

  @Test
  void newerMajor_isRefusedInOneLineNamingFileFoundAndSupported() {
    assertThat(READER.problemReading("b/profile.json", Optional.of("2.0"))).contains(
        "b/profile.json: format version 2.0 is not supported; this produce reads 1.x (1.0): use a newer produce");
  }

  @Test
  void notAVersion_isRefused() {
    assertThat(READER.problemReading("f", Optional.of("one"))).contains(
        "f: format version 'one' is not MAJOR.MINOR; this produce reads 1.x (1.0)");
  }
}
