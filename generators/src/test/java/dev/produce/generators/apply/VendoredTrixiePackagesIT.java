package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.Generators;
import dev.produce.generators.packages.DebFile;
import dev.produce.generators.packages.VendoredPackages;
import dev.produce.generators.write.BundleArchive;
import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import dev.produce.verifier.offline.PackageVendor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --vendor-packages} on the default distro: Debian 13's packages (nginx 1.26, PHP 8.4, Redis
 * 8.0 and what a minimal trixie lacks of their dependencies) are downloaded in a trixie container,
 * carried as an archive to the trixie bare image with network {@code none}, installed from the bundle
 * alone and serving; a second apply changes nothing. One cache backend (Redis, the default) keeps the
 * download and the container to one each; {@link VendoredPackagesIT} covers Debian 12 and the refusals.
 */
@ExtendWith(SuiteClock.class)
class VendoredTrixiePackagesIT {
  private static final ServerProfile PROFILE =
      Profiles.compute(Inputs.builder().memoryMb(1024).cache(CacheBackend.REDIS).build());

  @TempDir
  Path hostDir;

  @Test
  void debian13Bundle_onABareTrixieServerWithoutNetwork_installsServesAndIsIdempotent() throws Exception {
    assertThat(PROFILE.inputs().distro()).isEqualTo(Distro.DEBIAN_13);
    List<String> requested = VendoredPackages.requested(PROFILE);
    long t0 = System.nanoTime();
    List<DebFile> debs = PackageVendor.download(Images.Suite.TRIXIE, requested).stream()
        .map(deb -> new DebFile(deb.fileName(), deb.content(), deb.control())).toList();
    System.err.printf("[VendoredTrixiePackagesIT] downloaded %d packages, %.1f MB, in %d s%n", debs.size(),
        debs.stream().mapToLong(DebFile::size).sum() / 1e6, Duration.ofNanos(System.nanoTime() - t0).toSeconds());
    Path media = Files.createDirectories(hostDir.resolve("media"));
    BundleArchive.write(Generators.bundle(PROFILE, VendoredPackages.files(Distro.DEBIAN_13, requested, debs)),
        media.resolve("bundle.tar.gz"));

    try (Server server = new Server(ContainerTarget.of(Images.bare(Images.Suite.TRIXIE)).offline().start())) {
      assertThat(server.sh(". /etc/os-release && echo \"$VERSION_CODENAME\"").strip()).isEqualTo("trixie");
      assertThat(server.sh("tail -n +2 /proc/net/route")).as("no route but loopback").isEmpty();
      assertThat(server.container().exec("dpkg-query", "-W", "nginx").exitCode()).as("nginx absent").isNotZero();
      server.container().copyIn(media, "/root/media");
      server.sh("cd /root && tar xzf media/bundle.tar.gz");
      assertThat(server.sh("head -n 1 /root/bundle/packages/INDEX"))
          .startsWith("# Debian 13 (trixie) packages vendored by produce-compile --vendor-packages");

      long t1 = System.nanoTime();
      ExecResult applied = server.produceInstallingExpecting(0, "/root/bundle");
      System.err.printf("[VendoredTrixiePackagesIT] offline apply on bare trixie took %d s%n",
          Duration.ofNanos(System.nanoTime() - t1).toSeconds());

      assertThat(applied.stdout()).contains(
          "installing from the bundle (no network): nginx php8.4-fpm php8.4-apcu redis-server php8.4-redis",
          "installed /etc/redis/redis.conf", "produce: healthy: ");
      VendoredPackagesIT.assertServing(server, "8.4");
      assertThat(new EffectiveValues(server).redisConfig("maxmemory"))
          .isEqualTo(String.valueOf(PROFILE.redis().orElseThrow().maxmemoryMb() * 1024L * 1024L));
      assertThat(server.sh("php8.4 -m")).contains("apcu", "redis");
      assertThat(server.sh("dpkg-query -W -f='${Version}' nginx")).startsWith("1.26.");

      ExecResult again = server.produceExpecting(0, "/root/bundle");
      assertThat(again.stdout()).doesNotContain("installing from the bundle")
          .endsWith("produce: 0 files changed, 0 services reloaded\n");
      server.produceExpecting(0, "/root/bundle", "--check");
    }
  }
}
