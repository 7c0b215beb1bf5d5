package dev.produce.generators;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.meta.Sha256Sums;
import dev.produce.generators.scripts.ScriptGenerators;
import dev.produce.model.ManagedFile;
import dev.produce.model.ServerProfile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratorsTest {
  static Stream<ServerProfile> profiles() {
    return Stream.of(TestProfiles.redis(), TestProfiles.memcache(), TestProfiles.performanceOnly(),
        TestProfiles.cacheOnly());
  }

  @Test
  void all_startsWithTheScriptGeneratorsInTheirOrder() {
    List<Object> scripts = ScriptGenerators.all().stream().map(GeneratorsTest::identity).toList();
    List<Object> all = Generators.all().stream().map(GeneratorsTest::identity).toList();

    assertThat(all.subList(0, scripts.size())).containsExactlyElementsOf(scripts);
    assertThat(all).hasSizeGreaterThan(scripts.size()).doesNotHaveDuplicates();
  }

  /** A generator's identity: its class, or its value for a record (one record class per kind, e.g. the static scripts). */
  private static Object identity(FileGenerator generator) {
    return generator instanceof Record ? generator : generator.getClass();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void bundle_holdsExactlyTheProfilesManagedFiles(ServerProfile profile) {
    Bundle bundle = Generators.bundle(profile);

    List<String> managed = profile.files().stream().map(ManagedFile::bundlePath).toList();
    assertThat(bundle.paths().stream().filter(p -> p.startsWith("files/")).toList())
        .containsExactlyInAnyOrderElementsOf(managed);
    assertThat(bundle.paths()).contains("profile.json", "README.md", ".verification.yml", "SHA256SUMS");
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void bundle_endsWithChecksumsOverEveryOtherFile(ServerProfile profile) {
    Bundle bundle = Generators.bundle(profile);

    List<BundleFile> others = bundle.files().stream().filter(f -> !f.path().equals(Sha256Sums.PATH)).toList();
    assertThat(bundle.file(Sha256Sums.PATH)).contains(Sha256Sums.of(others));
    assertThat(bundle.file(Sha256Sums.PATH).orElseThrow().content().lines()).hasSize(others.size());
  }

  @Test
  void bundle_ofAMemcacheProfileHasNoRedisFilesAndTheOtherWayRound() {
    assertThat(Generators.bundle(TestProfiles.memcache()).paths())
        .contains("files/etc/memcached.conf").doesNotContain("files/etc/redis/redis.conf");
    assertThat(Generators.bundle(TestProfiles.redis()).paths())
        .contains("files/etc/redis/redis.conf").doesNotContain("files/etc/memcached.conf");
    assertThat(Generators.bundle(TestProfiles.performanceOnly()).paths())
        .doesNotContain("files/etc/redis/redis.conf", "files/etc/memcached.conf", "files/drupal/settings.produce.php");
  }

  @Test
  void bundle_putsThePhpVersionInThePhpPaths() {
    assertThat(Generators.bundle(TestProfiles.memcache()).paths())
        .contains("files/etc/php/8.4/fpm/pool.d/www.conf", "files/etc/php/8.4/fpm/conf.d/90-produce.ini");
    assertThat(Generators.bundle(TestProfiles.cacheOnly()).paths()).noneMatch(p -> p.startsWith("files/etc/php/"));
  }
}
