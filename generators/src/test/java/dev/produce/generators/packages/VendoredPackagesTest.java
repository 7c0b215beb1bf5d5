package dev.produce.generators.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.write.BundleArchive;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.Generators;
import dev.produce.generators.meta.Sha256Sums;
import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VendoredPackagesTest {
  /** Not a real package: every byte value, so that text handling would show. */
  private static final byte[] BINARY = new byte[256];

  static {
    for (int i = 0; i < BINARY.length; i++) {
      BINARY[i] = (byte) i;
    }
  }

  private static DebFile deb(String name, String version, String arch) {
    String file = name + "_" + version.replace(":", "%3a") + "_" + arch + ".deb";
    String control = "Package: " + name + "\nVersion: " + version + "\nArchitecture: " + arch
        + "\nDescription: test package\n multi-line description\n";
    return new DebFile(file, BINARY, control);
  }

  private static final List<DebFile> DEBS = List.of(
      deb("redis-server", "5:7.0.15-1~deb12u1", "amd64"), deb("nginx", "1.22.1-9", "amd64"),
      deb("php-common", "2:93", "all"));

  @Test
  void requested_isTheRequiredPackages_withThePlatformsApcuWhereTheProfileDoesNotRequireIt() {
    ServerProfile redis = Profiles.compute(Inputs.builder().cache(CacheBackend.REDIS).build());
    ServerProfile memcache = Profiles.compute(Inputs.builder().cache(CacheBackend.MEMCACHE).noPerformance(true).build());
    ServerProfile valkey = Profiles.compute(Inputs.builder().cache(CacheBackend.VALKEY).noPerformance(true).build());
    ServerProfile bookworm = Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12).cache(CacheBackend.MEMCACHE)
        .noPerformance(true).build());

    assertThat(VendoredPackages.requested(redis))
        .containsExactly("nginx", "php8.4-fpm", "php8.4-apcu", "redis-server", "php8.4-redis");
    assertThat(VendoredPackages.requested(memcache))
        .containsExactly("php8.4-fpm", "memcached", "php8.4-memcached", "php8.4-apcu");
    assertThat(VendoredPackages.requested(valkey))
        .containsExactly("php8.4-fpm", "valkey-server", "php8.4-redis", "php8.4-apcu");
    assertThat(VendoredPackages.requested(bookworm))
        .containsExactly("php8.2-fpm", "memcached", "php8.2-memcached", "php8.2-apcu");
  }

  @Test
  void index_namesTheDistrosRelease() {
    for (Distro distro : Distro.values()) {
      String index = VendoredPackages.files(distro, List.of("nginx"), DEBS).stream()
          .filter(f -> f.path().equals(VendoredPackages.INDEX)).findFirst().orElseThrow().content();
      assertThat(index.lines().findFirst().orElseThrow()).isEqualTo("# " + distro.displayName()
          + " packages vendored by produce-compile --vendor-packages");
    }
    assertThat(Distro.DEBIAN_13.displayName()).isEqualTo("Debian 13 (trixie)");
    assertThat(Distro.DEBIAN_12.displayName()).isEqualTo("Debian 12 (bookworm)");
  }

  @Test
  void index_listsNameVersionArchitectureSizeAndFile_sortedByFile_afterTheRequestedLine() {
    List<BundleFile> files = VendoredPackages.files(Distro.DEBIAN_12, List.of("nginx", "redis-server"), DEBS);

    String index = files.stream().filter(f -> f.path().equals(VendoredPackages.INDEX)).findFirst().orElseThrow()
        .content();
    assertThat(index.lines()).containsExactly(
        "# Debian 12 (bookworm) packages vendored by produce-compile --vendor-packages",
        "# requested: nginx redis-server",
        "# package version architecture size file",
        "nginx 1.22.1-9 amd64 256 nginx_1.22.1-9_amd64.deb",
        "php-common 2:93 all 256 php-common_2%3a93_all.deb",
        "redis-server 5:7.0.15-1~deb12u1 amd64 256 redis-server_5%3a7.0.15-1~deb12u1_amd64.deb");
  }

  @Test
  void aptIndex_isEachControlStanzaWithFilenameSizeAndSha256() {
    List<BundleFile> files = VendoredPackages.files(Distro.DEBIAN_12, List.of("nginx"), DEBS);

    String packages = files.stream().filter(f -> f.path().equals(VendoredPackages.APT_INDEX)).findFirst()
        .orElseThrow().content();
    String[] stanzas = packages.split("\n\n");
    assertThat(stanzas).hasSize(3);
    assertThat(stanzas[0]).startsWith("Package: nginx\nVersion: 1.22.1-9\n")
        .contains(" multi-line description\nFilename: ./nginx_1.22.1-9_amd64.deb\nSize: 256\nSHA256: "
            + Sha256Sums.hex(BINARY));
  }

  @Test
  void debs_areCarriedByteForByte_listedInSha256Sums_andArchivedReproducibly() throws Exception {
    ServerProfile profile = Profiles.compute(Inputs.builder().build());
    List<BundleFile> packages = VendoredPackages.files(Distro.DEBIAN_12, List.of("nginx"), DEBS);

    Bundle bundle = Generators.bundle(profile, packages);

    BundleFile nginx = bundle.file("packages/nginx_1.22.1-9_amd64.deb").orElseThrow();
    assertThat(nginx.isText()).isFalse();
    assertThat(nginx.bytes()).isEqualTo(BINARY);
    assertThat(bundle.file(Sha256Sums.PATH).orElseThrow().content())
        .contains(Sha256Sums.hex(BINARY) + "  packages/nginx_1.22.1-9_amd64.deb\n",
            "  packages/INDEX\n", "  packages/Packages\n");
    assertThat(archive(bundle)).isEqualTo(archive(Generators.bundle(profile,
        VendoredPackages.files(Distro.DEBIAN_12, List.of("nginx"), List.of(DEBS.get(2), DEBS.get(0), DEBS.get(1))))));
    assertThat(Generators.bundle(profile, List.of())).isEqualTo(Generators.bundle(profile));
  }

  @Test
  void files_refuseARequestedPackageThatIsNotVendored_andDuplicates() {
    assertThatThrownBy(() -> VendoredPackages.files(Distro.DEBIAN_12, List.of("memcached"), DEBS))
        .hasMessageContaining("requested package memcached is not among the vendored ones");
    assertThatThrownBy(() -> VendoredPackages.files(Distro.DEBIAN_12, List.of("nginx"), List.of(DEBS.get(1), DEBS.get(1))))
        .hasMessageContaining("two packages named nginx_1.22.1-9_amd64.deb");
    assertThatThrownBy(() -> new DebFile("../evil.deb", BINARY, "Package: a\nVersion: 1\nArchitecture: all"))
        .hasMessageContaining("not a .deb file name");
    assertThatThrownBy(() -> new DebFile("a_1_all.deb", BINARY, "Package: a\nArchitecture: all"))
        .hasMessageContaining("without Version");
  }

  private static byte[] archive(Bundle bundle) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BundleArchive.write(bundle, out);
    return out.toByteArray();
  }

  @Test
  void binaryFiles_areNotText_andCompareByContent() {
    BundleFile binary = BundleFile.binary("packages/a.deb", BINARY);
    byte[] copy = BINARY.clone();

    assertThat(binary).isEqualTo(BundleFile.binary("packages/a.deb", copy)).hasSameHashCodeAs(
        BundleFile.binary("packages/a.deb", copy));
    copy[0] = 1;
    assertThat(binary).isNotEqualTo(BundleFile.binary("packages/a.deb", copy));
    assertThat(binary.size()).isEqualTo(256);
    assertThat(binary.mode()).isEqualTo(0644);
    assertThatThrownBy(binary::content).isInstanceOf(IllegalStateException.class);
    assertThat(new BundleFile("a", "é\n", false).bytes()).isEqualTo("é\n".getBytes(StandardCharsets.UTF_8));
  }
}
