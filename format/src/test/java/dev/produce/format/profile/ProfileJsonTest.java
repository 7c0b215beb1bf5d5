package dev.produce.format.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.format.UnsupportedFormatException;
import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.DrupalCache;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** profile.json written and read back through the typed records. */
class ProfileJsonTest {
  @TempDir Path tmp;

  private Path written(String text) throws Exception {
    return Files.writeString(tmp.resolve("profile.json"), text);
  }

  private static String redisBundle() {
    return ProfileJson.write(ProfileDocument.of(
        Profiles.compute(Inputs.builder().memoryMb(4096).cache(CacheBackend.REDIS).build()), "0.1.0", "produce-compile"));
  }

  @Test
  void writtenThenRead_givesProvenanceInputsAndCacheWiring() throws Exception {
    ProfileSummary read = ProfileJson.read(written(redisBundle()));

    assertThat(read.formatVersion()).contains("1.0");
    assertThat(read.generator()).isEqualTo("produce");
    assertThat(read.command()).isEqualTo("produce-compile");
    assertThat(read.inputs()).isEqualTo(new ProfileSummary.Inputs("REDIS", "8.4", "/var/www/drupal", 4096, Optional.of(2),
        "debian-13"));
    assertThat(read.drupal().flatMap(ProfileSummary.Drupal::host)).contains("127.0.0.1");
    assertThat(read.drupal().flatMap(ProfileSummary.Drupal::port)).contains(6379);
    assertThat(read.drupal().flatMap(ProfileSummary.Drupal::cacheService)).contains("cache.backend.redis");
  }

  @Test
  void memcacheBundle_readsTheDaemonsAddressAsTheModelWiresIt() throws Exception {
    ServerProfile profile = Profiles.compute(Inputs.builder().memoryMb(4096).cache(CacheBackend.MEMCACHE).build());
    DrupalCache wiring = profile.drupal().orElseThrow();

    ProfileSummary.Drupal read = ProfileJson.read(written(ProfileJson.write(ProfileDocument.of(profile, "0.1.0",
        "produce-compile")))).drupal().orElseThrow();

    assertThat(read.cacheService()).contains("cache.backend.memcache");
    assertThat(read.host()).contains(wiring.host());
    assertThat(read.port()).contains(wiring.port());
  }

  @Test
  void unixSocket_isReadAsItsPathAndPortZero() throws Exception {
    String socket = redisBundle().replace("\"host\": \"127.0.0.1\"", "\"host\": \"/run/memcached/memcached.sock\"")
        .replace("\"port\": 6379", "\"port\": 0");

    ProfileSummary.Drupal read = ProfileJson.read(written(socket)).drupal().orElseThrow();

    assertThat(read.host()).contains("/run/memcached/memcached.sock");
    assertThat(read.port()).contains(ProfileSummary.Drupal.SOCKET_PORT);
  }

  @Test
  void host_absent_isEmpty_andThePortStillRead() throws Exception {
    String withoutHost = redisBundle().replaceAll("\n    \"host\": \"[^\"]*\",", "");

    assertThat(withoutHost).doesNotContain("\"host\"");
    ProfileSummary.Drupal read = ProfileJson.read(written(withoutHost)).drupal().orElseThrow();
    assertThat(read.host()).isEmpty();
    assertThat(read.port()).contains(6379);
  }

  @Test
  void cpus_absentInAnOlderBundle_isEmpty() throws Exception {
    String older = redisBundle().replaceAll("\"cpus\"\\s*:\\s*\\d+,", "");

    assertThat(older).doesNotContain("\"cpus\"");
    assertThat(ProfileJson.read(written(older)).inputs().cpus()).isEmpty();
  }

  @Test
  void distro_isRecordedAsWrittenOnTheCommandLine() throws Exception {
    String bookworm = ProfileJson.write(ProfileDocument.of(Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12)
        .build()), "0.1.0", "produce-compile"));

    assertThat(bookworm).contains("\n    \"distro\": \"debian-12\",\n");
    assertThat(ProfileJson.read(written(bookworm)).inputs().distro()).isEqualTo("debian-12");
    assertThat(ProfileJson.read(written(redisBundle())).inputs().distro()).isEqualTo("debian-13");
  }

  @Test
  void missingDistro_isReadAsDebian12_theReleaseOfEveryOlderBundle() throws Exception {
    ProfileSummary read = ProfileJson.read(written(redisBundle().replace("    \"distro\": \"debian-13\",\n", "")));

    assertThat(read.inputs().distro()).isEqualTo("debian-12");
  }

  @Test
  void written_hasSortedKeysTheVersionAndAFinalNewline() {
    String text = redisBundle();

    assertThat(text).startsWith("{\n  \"budget\": {").endsWith("}\n").contains("\n  \"formatVersion\": \"1.0\",\n");
    assertThat(text.indexOf("\"files\"")).isLessThan(text.indexOf("\"formatVersion\""));
    assertThat(text.indexOf("\"formatVersion\"")).isLessThan(text.indexOf("\"generator\""));
  }

  @Test
  void newerMajorVersion_isRefused() throws Exception {
    Path file = written(redisBundle().replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.1\""));

    assertThatThrownBy(() -> ProfileJson.read(file)).isInstanceOf(UnsupportedFormatException.class)
        .hasMessage(file + ": format version 2.1 is not supported; this produce reads 1.x (1.0): use a newer produce");
  }

  @Test
  void missingVersion_isAccepted() throws Exception {
    ProfileSummary read = ProfileJson.read(written(redisBundle().replace("  \"formatVersion\": \"1.0\",\n", "")));

    assertThat(read.formatVersion()).isEmpty();
    assertThat(read.inputs().memoryMb()).isEqualTo(4096);
  }

  @Test
  void distro_isReadAndDefaultsToDebian12() throws Exception {
    String withoutDistro = redisBundle().replaceAll("\n    \"distro\": \"[^\"]*\",", "");
    String withTrixie = withoutDistro.replace("\"inputs\": {", "\"inputs\": {\n    \"distro\": \"debian-13\",");

    assertThat(ProfileJson.read(written(withoutDistro)).inputs().distro()).isEqualTo("debian-12");
    assertThat(ProfileJson.read(written(withTrixie)).inputs().distro()).isEqualTo("debian-13");
  }
}
