package dev.produce.loadtest.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.Generators;
import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.InvalidInputException;
import dev.produce.model.PhpVersion;
import dev.produce.model.Profiles;
import dev.produce.verifier.container.Images;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a real compiled bundle's profile.json, and refusing what the target container cannot serve. */
class BundleProfileTest {
  @TempDir Path tmp;

  private Path write(Inputs inputs) throws Exception {
    Path dir = tmp.resolve("bundle");
    BundleWriter.write(Generators.bundle(Profiles.compute(inputs)), dir, false);
    return dir;
  }

  @Test
  void read_redisBundle_givesBackendServicePortAndCommand() throws Exception {
    BundleProfile bundle = BundleProfile.read(write(Inputs.builder().distro(Distro.DEBIAN_12).memoryMb(4096)
        .cache(CacheBackend.REDIS).build()));

    assertThat(bundle.cache()).isEqualTo(CacheBackend.REDIS);
    assertThat(bundle.cacheService()).contains("cache.backend.redis");
    assertThat(bundle.cacheEndpoint()).contains(new CacheEndpoint.Tcp("127.0.0.1", 6379));
    assertThat(bundle.memoryMb()).isEqualTo(4096);
    assertThat(bundle.command()).startsWith("produce-compile --distro debian-12 --memory 4096 --cache redis");
  }

  @Test
  void read_performanceOnlyBundle_hasNoCacheService() throws Exception {
    BundleProfile bundle = BundleProfile.read(write(Inputs.builder().distro(Distro.DEBIAN_12).memoryMb(2048).performanceOnly(true).build()));

    assertThat(bundle.cache()).isEqualTo(CacheBackend.NONE);
    assertThat(bundle.cacheService()).isEmpty();
    assertThat(bundle.cacheEndpoint()).isEmpty();
  }

  @Test
  void read_memcacheBundle_givesMemcachedsUnixSocket() throws Exception {
    BundleProfile bundle = BundleProfile.read(write(Inputs.builder().distro(Distro.DEBIAN_12).memoryMb(4096)
        .cache(CacheBackend.MEMCACHE).build()));

    assertThat(bundle.cacheService()).contains("cache.backend.memcache");
    assertThat(bundle.cacheEndpoint()).contains(new CacheEndpoint.UnixSocket("/run/memcached/memcached.sock"));
  }

  @Test
  void read_memcacheBundleCompiledBeforeTheSocket_givesItsTcpPort() throws Exception {
    Path dir = write(Inputs.builder().distro(Distro.DEBIAN_12).memoryMb(4096).cache(CacheBackend.MEMCACHE).build());
    rewriteDrupalEndpoint(dir, "\"127.0.0.1\"", "11211");

    assertThat(BundleProfile.read(dir).cacheEndpoint()).contains(new CacheEndpoint.Tcp("127.0.0.1", 11211));
  }

  @Test
  void read_portWithoutHost_isOnLoopback() throws Exception {
    Path dir = write(Inputs.builder().distro(Distro.DEBIAN_12).memoryMb(4096).cache(CacheBackend.REDIS).build());
    Path profile = dir.resolve("profile.json");
    Files.writeString(profile, Files.readString(profile).replaceAll("\n    \"host\": \"[^\"]*\",", ""));

    assertThat(Files.readString(profile)).doesNotContain("\"host\"");
    assertThat(BundleProfile.read(dir).cacheEndpoint()).contains(new CacheEndpoint.Tcp("127.0.0.1", 6379));
  }

  @Test
  void read_socketPathWithAPort_isRefusedNamingTheFile() throws Exception {
    Path dir = write(Inputs.builder().distro(Distro.DEBIAN_12).memoryMb(4096).cache(CacheBackend.MEMCACHE).build());
    rewriteDrupalEndpoint(dir, "\"/run/memcached/memcached.sock\"", "11211");

    assertThatThrownBy(() -> BundleProfile.read(dir)).isInstanceOf(InvalidInputException.class)
        .hasMessage("BUNDLE: " + dir.resolve("profile.json") + ": drupal.host and drupal.port name no cache daemon:"
            + " a unix socket (/run/memcached/memcached.sock) has port 0, not 11211");
  }

  /** Replaces the {@code drupal} object's {@code host} and {@code port} values in dir's profile.json. */
  private static void rewriteDrupalEndpoint(Path dir, String host, String port) throws Exception {
    Path profile = dir.resolve("profile.json");
    String text = Files.readString(profile);
    int drupal = text.indexOf("\n  \"drupal\": {");
    assertThat(drupal).as("profile.json's drupal object").isNotNegative();
    int end = text.indexOf("\n  }", drupal);
    String rewritten = text.substring(drupal, end)
        .replaceFirst("\"host\": [^,\n]*", "\"host\": " + host)
        .replaceFirst("\"port\": [^,\n]*", "\"port\": " + port);
    Files.writeString(profile, text.substring(0, drupal) + rewritten + text.substring(end));
  }

  @Test
  void read_bundleForAnotherPhp_isRefusedNamingTheVersion() throws Exception {
    Path dir = write(Inputs.builder().distro(Distro.DEBIAN_12).memoryMb(2048).php(PhpVersion.parse("8.3")).build());

    assertThatThrownBy(() -> BundleProfile.read(dir)).isInstanceOf(InvalidInputException.class)
        .hasMessage("BUNDLE: compiled for --php 8.3; the load test's target image runs PHP 8.2 (compile with --php 8.2)");
  }

  @Test
  void read_distro_choosesTheSuiteItsTargetImageComesFrom() throws Exception {
    Path dir = write(Inputs.builder().distro(Distro.DEBIAN_12).memoryMb(2048).cache(CacheBackend.REDIS).build());
    assertThat(BundleProfile.read(dir).suite()).isEqualTo(Images.Suite.BOOKWORM);

    Path profile = dir.resolve("profile.json");
    Files.writeString(profile, Files.readString(profile).replaceAll("\\n    \"distro\": \"[^\"]*\",", "")
        .replace("\"inputs\": {", "\"inputs\": {\n    \"distro\": \"debian-13\",")
        .replace("\"php\": \"8.2\"", "\"php\": \"8.4\""));

    BundleProfile trixie = BundleProfile.read(dir);
    assertThat(trixie.suite()).isEqualTo(Images.Suite.TRIXIE);
    assertThat(trixie.php()).isEqualTo("8.4");
  }

  @Test
  void read_notABundle_isRefused() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("photos"));

    assertThatThrownBy(() -> BundleProfile.read(dir)).hasMessageStartingWith("BUNDLE: ").hasMessageContaining("is not a bundle");
    assertThatThrownBy(() -> BundleProfile.read(tmp.resolve("missing"))).hasMessageContaining("not a directory");
  }

  @Test
  void read_newerMajorFormatVersion_isRefusedNamingFileFoundAndSupported() throws Exception {
    Path dir = write(Inputs.builder().distro(Distro.DEBIAN_12).memoryMb(4096).cache(CacheBackend.REDIS).build());
    Path profile = dir.resolve("profile.json");
    Files.writeString(profile, Files.readString(profile).replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\""));

    assertThatThrownBy(() -> BundleProfile.read(dir)).isInstanceOf(InvalidInputException.class)
        .hasMessage("BUNDLE: " + profile + ": format version 2.0 is not supported; this produce reads 1.x (1.0):"
            + " use a newer produce");
  }

  @Test
  void read_bundleWithoutFormatVersion_isReadAsOnePointZero() throws Exception {
    Path dir = write(Inputs.builder().distro(Distro.DEBIAN_12).memoryMb(4096).cache(CacheBackend.REDIS).build());
    Path profile = dir.resolve("profile.json");
    Files.writeString(profile, Files.readString(profile).replace("\"formatVersion\": \"1.0\",\n", ""));

    assertThat(Files.readString(profile)).doesNotContain("formatVersion");
    assertThat(BundleProfile.read(dir).cacheEndpoint()).contains(new CacheEndpoint.Tcp("127.0.0.1", 6379));
  }
}
