package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.packages.DebFile;
import dev.produce.generators.packages.VendoredPackages;
import dev.produce.generators.render.BundleFile;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.TargetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code produce-compile --inventory FILE --vendor-packages}: every bundle carries its packages, each
 * Debian release's package list is downloaded once, a host whose packages Debian does not ship is
 * refused by name before anything is downloaded, and no Docker means exit 3 with nothing written. The
 * packages are stand-ins, as in {@link CompileCommandShippingTest}; the container tests download
 * real ones for a single bundle through the same {@code PackageVendoring.files}.
 */
class CompileFleetPackagesTest {
  private static final String FLEET = """
      all:
        vars:
          produce_cache: redis
        children:
          web:
            hosts:
              web-01: {produce_memory: 4G}
              web-02: {produce_memory: 4096}
              web-03: {produce_memory: 8G, produce_cpus: 4}
          cache:
            hosts:
              mc-01: {produce_cache: memcache}
          legacy:
            vars: {produce_distro: debian-12}
            hosts:
              old-01:
              old-02: {produce_memory: 16G}
      """;

  @TempDir Path tmp;

  private final List<String> downloads = new ArrayList<>();

  /** Stand-in packages: one small .deb per requested name; each call recorded. */
  private final Function<ServerProfile, List<BundleFile>> fakePackages = profile -> {
    downloads.add(profile.inputs().distro().optionValue() + " " + String.join(" ", VendoredPackages.requested(profile)));
    return VendoredPackages.files(profile.inputs().distro(), VendoredPackages.requested(profile),
        VendoredPackages.requested(profile).stream()
            .map(name -> new DebFile(name + "_1.0_amd64.deb", new byte[] {1, 2, 3},
                "Package: " + name + "\nVersion: 1.0\nArchitecture: amd64"))
            .toList());
  };

  @Test
  void inventory_vendorPackages_everyBundleCarriesItsPackages_eachListDownloadedOnce() throws IOException {
    Path out = tmp.resolve("out");

    CliRun run = CliRun.compile(fakePackages, "--inventory", inventory(FLEET).toString(), "--vendor-packages", "-o", out.toString());

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isEqualTo(ExitCodes.OK);
    assertThat(downloads).as("5 bundles, 3 package lists: trixie redis, trixie memcached, bookworm redis")
        .hasSize(3).doesNotHaveDuplicates();
    assertThat(run.errLines()).hasSize(3).allMatch(line -> line.startsWith("produce-compile: downloading the Debian 1"));
    assertThat(run.outLines().get(0)).isEqualTo("Wrote " + out + "/: 6 hosts, 5 bundles (" + out
        + "/fleet.json maps each host to its bundle)");
    try (var bundles = Files.list(out.resolve("bundles"))) {
      List<Path> directories = bundles.filter(Files::isDirectory).toList();
      assertThat(directories).hasSize(5).allSatisfy(bundle -> {
        assertThat(bundle.resolve("packages/INDEX")).isRegularFile();
        assertThat(Files.readString(bundle.resolve("SHA256SUMS"))).contains("  packages/INDEX\n");
      });
    }
    assertThat(run.outLines().subList(1, 6)).allMatch(line -> line.contains("  + packages/: "));
  }

  @Test
  void inventory_vendorPackages_eachBundleIsByteIdenticalToItsSingleCompile() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(CliRun.compile(fakePackages, "--inventory", inventory(FLEET).toString(), "--vendor-packages", "--limit",
        "old-02", "-o", out.toString()).exitCode()).isZero();
    Path single = tmp.resolve("single");

    CliRun run = CliRun.compile(fakePackages, "--distro", "debian-12", "--memory", "16G", "--cache", "redis",
        "--vendor-packages", "-o", single.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (var bundles = Files.list(out.resolve("bundles"))) {
      Path fleetBundle = bundles.filter(Files::isDirectory).findFirst().orElseThrow();
      assertThat(BundleFiles.snapshot(fleetBundle)).isEqualTo(BundleFiles.snapshot(single));
    }
  }

  @Test
  void inventory_vendorPackages_aHostWithAnotherPhp_isRefusedByName_beforeAnyDownload() throws IOException {
    Path out = tmp.resolve("out");
    String fleet = FLEET.replace("old-02: {produce_memory: 16G}", "old-02: {produce_memory: 16G, produce_php: \"8.3\"}");

    CliRun run = CliRun.compile(p -> { throw new AssertionError("Docker must not be asked"); },
        "--inventory", inventory(fleet).toString(), "--vendor-packages", "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).isEqualTo("produce-compile: old-02: --vendor-packages: --php 8.3 is not"
        + " Debian's: debian-12 ships PHP 8.2 only, so only --php 8.2 can be vendored; install the other PHP's"
        + " packages on the server yourself");
    assertThat(out).doesNotExist();
  }

  @Test
  void inventory_vendorPackages_withoutDocker_isExit3InOneLine_andWritesNothing() throws IOException {
    Path out = tmp.resolve("out");

    CliRun run = CliRun.compile(p -> { throw new TargetException("cannot reach the Docker engine (bin/test starts one)"); },
        "--inventory", inventory(FLEET).toString(), "--vendor-packages", "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.errLines()).last().isEqualTo("produce-compile: --vendor-packages needs Docker and Debian's mirror:"
        + " cannot reach the Docker engine (bin/test starts one)");
    assertThat(out).doesNotExist();
  }


  private Path inventory(String yaml) throws IOException {
    return Files.writeString(tmp.resolve("fleet.yml"), yaml);
  }
}
