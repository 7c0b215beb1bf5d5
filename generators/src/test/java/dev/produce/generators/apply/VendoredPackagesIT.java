package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.write.BundleArchive;
import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.Generators;
import dev.produce.generators.packages.DebFile;
import dev.produce.generators.packages.VendoredPackages;
import dev.produce.model.CacheBackend;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import dev.produce.verifier.offline.PackageVendor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle that vendors its packages, carried as an archive to the bare image (Debian 12 minbase:
 * no nginx, PHP, Redis) with network {@code none}: it installs what is missing from the bundle
 * alone and then applies as on a stock server. Refusals (a tampered .deb, a package neither
 * installed nor vendored) happen before anything is installed. The packages are downloaded once.
 * {@link VendoredTrixiePackagesIT} proves the same for Debian 13.
 */
@ExtendWith(SuiteClock.class)
class VendoredPackagesIT {
  private static final ServerProfile PROFILE = Bundles.profile(1024, CacheBackend.REDIS);
  private static List<String> requested;
  private static List<DebFile> debs;

  @TempDir
  Path hostDir;

  @BeforeAll
  static void downloadPackages() {
    requested = VendoredPackages.requested(PROFILE);
    debs = PackageVendor.download(Images.Suite.BOOKWORM, requested).stream()
        .map(deb -> new DebFile(deb.fileName(), deb.content(), deb.control())).toList();
  }

  private static Bundle vendoredBundle(List<String> wanted, List<DebFile> packages) {
    return Generators.bundle(PROFILE, VendoredPackages.files(PROFILE.inputs().distro(), wanted, packages));
  }

  @Test
  void archiveRoundTrip_onABareServerWithoutNetwork_installsServesAndIsIdempotent() throws Exception {
    Path media = Files.createDirectories(hostDir.resolve("media"));
    BundleArchive.write(vendoredBundle(requested, debs), media.resolve("bundle.tar.gz"));
    List<DebFile> shuffled = new ArrayList<>(debs);
    Collections.reverse(shuffled);
    BundleArchive.write(vendoredBundle(requested, shuffled), hostDir.resolve("again.tar.gz"));
    assertThat(Files.readAllBytes(hostDir.resolve("again.tar.gz")))
        .as("same inputs and packages, same archive").isEqualTo(Files.readAllBytes(media.resolve("bundle.tar.gz")));

    try (Server server = new Server(ContainerTarget.of(Images.bare()).offline().start())) {
      assertThat(server.sh("tail -n +2 /proc/net/route")).as("no route but loopback").isEmpty();
      assertThat(server.container().exec("dpkg-query", "-W", "nginx").exitCode()).as("nginx absent").isNotZero();
      server.container().copyIn(media, "/root/media");
      server.sh("cd /root && tar xzf media/bundle.tar.gz");

      long t0 = System.nanoTime();
      ExecResult applied = server.produceInstallingExpecting(0, "/root/bundle");
      System.err.printf("[VendoredPackagesIT] offline apply on bare with %d packages took %d s%n", debs.size(),
          Duration.ofNanos(System.nanoTime() - t0).toSeconds());

      assertThat(applied.stdout()).contains(
          "installing from the bundle (no network): nginx php8.2-fpm php8.2-apcu redis-server php8.2-redis",
          "installed /etc/redis/redis.conf", "produce: 5 files changed, 3 services reloaded");
      assertServing(server, "8.2");
      EffectiveValues effective = new EffectiveValues(server);
      assertThat(effective.redisConfig("maxmemory"))
          .isEqualTo(String.valueOf(PROFILE.redis().orElseThrow().maxmemoryMb() * 1024L * 1024L));
      assertThat(effective.fpmPool()).containsEntry("pm.max_children",
          String.valueOf(PROFILE.phpFpm().orElseThrow().maxChildren()));
      assertThat(server.sh("php8.2 -m")).contains("apcu", "redis");

      ExecResult again = server.produceExpecting(0, "/root/bundle");
      assertThat(again.stdout()).doesNotContain("installing from the bundle")
          .endsWith("produce: 0 files changed, 0 services reloaded\n");
      server.produceExpecting(0, "/root/bundle", "--check");
    }
  }

  @Test
  void tamperedDeb_orAPackageNeitherInstalledNorVendored_isRefusedBeforeAnythingIsInstalled() throws Exception {
    Path tampered = hostDir.resolve("tampered");
    BundleWriter.write(vendoredBundle(requested, debs), tampered, false);
    Path nginxDeb;
    try (var files = Files.list(tampered.resolve("packages"))) {
      nginxDeb = files.filter(f -> f.getFileName().toString().startsWith("nginx_")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(nginxDeb);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(nginxDeb, bytes);
    List<String> withoutRedisExtension = requested.stream().filter(p -> !p.equals("php8.2-redis")).toList();
    List<DebFile> debsWithoutIt = debs.stream().filter(d -> !d.packageName().equals("php8.2-redis")).toList();
    Path incomplete = hostDir.resolve("incomplete");
    BundleWriter.write(vendoredBundle(withoutRedisExtension, debsWithoutIt), incomplete, false);

    try (Server server = new Server(ContainerTarget.of(Images.bare()).offline().start())) {
      String before = packageList(server);

      ExecResult damaged = server.produceExpecting(3, server.carry(tampered));
      assertThat(damaged.stderr()).contains("the bundle is damaged or was modified; nothing was changed",
          "packages/" + nginxDeb.getFileName() + ": FAILED");

      ExecResult missing = server.produceExpecting(3, server.carry(incomplete));
      assertThat(missing.stderr()).contains(
          "required packages missing and not vendored in this bundle: php8.2-redis", "nothing was changed");

      assertThat(packageList(server)).as("dpkg's package list").isEqualTo(before);
      assertThat(server.container().exec("test", "-e", "/etc/nginx").exitCode()).isEqualTo(1);
      assertThat(server.hasBackups()).isFalse();
    }
  }

  private static String packageList(Server server) {
    return server.sh("dpkg-query -W -f='${Package} ${Version} ${Status}\\n' | sort");
  }

  /** nginx, PHP-FPM {@code php} and Redis answer (the bare image has no curl: HTTP through bash's /dev/tcp). */
  static void assertServing(Server server, String php) {
    assertThat(server.container().exec("nginx", "-t").exitCode()).isZero();
    assertThat(server.container().exec("php-fpm" + php, "-t").exitCode()).isZero();
    assertThat(server.sh("redis-cli -h 127.0.0.1 ping").strip()).isEqualTo("PONG");
    assertThat(server.sh("test -S /run/php/php" + php + "-fpm.sock && echo socket")).contains("socket");
    ExecResult http = server.container().exec("bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/80"
        + " && printf 'GET / HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3");
    assertThat(http.stdout()).as("nginx over HTTP: %s", http.stderr()).startsWith("HTTP/1.1 200");
  }
}
