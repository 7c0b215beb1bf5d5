package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.packages.DebFile;
import dev.produce.generators.packages.VendoredPackages;
import dev.produce.verifier.container.TargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --vendor-packages} and {@code --sign}: input errors (exit 2) before anything is written or
 * Docker is asked, no Docker (exit 3, one line, nothing written), and a signed archive with
 * packages that two compiles write byte for byte the same. The packages here are stand-ins; the
 * container tests download real ones.
 */
class CompileCommandShippingTest {
  @TempDir
  Path temp;

  private static final Function<dev.produce.model.ServerProfile, List<BundleFile>> FAKE_PACKAGES =
      profile -> VendoredPackages.files(profile.inputs().distro(), VendoredPackages.requested(profile),
          VendoredPackages.requested(profile).stream()
              .map(name -> new DebFile(name + "_1.0_amd64.deb", new byte[] {0, 1, 2, (byte) 0xff},
                  "Package: " + name + "\nVersion: 1.0\nArchitecture: amd64"))
              .toList());


  @Test
  void vendorPackages_withAPhpDebian12DoesNotShip_isExit2NamingTheOption() {
    CliRun run = CliRun.compile(p -> { throw new AssertionError("Docker must not be asked"); },
        "--vendor-packages", "--distro", "debian-12", "--php", "8.3", "-o", temp.resolve("b").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo("produce-compile: --vendor-packages: --php 8.3 is not Debian's:"
        + " debian-12 ships PHP 8.2 only, so only --php 8.2 can be vendored; install the other PHP's packages on the"
        + " server yourself");
    assertThat(temp.resolve("b")).doesNotExist();
  }

  @Test
  void vendorPackages_withAPhpDebian13DoesNotShip_isExit2NamingPhpAndTheAcceptedValue() {
    CliRun run = CliRun.compile(p -> { throw new AssertionError("Docker must not be asked"); },
        "--vendor-packages", "--php", "8.2", "-o", temp.resolve("b").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo("produce-compile: --vendor-packages: --php 8.2 is not Debian's:"
        + " debian-13 ships PHP 8.4 only, so only --php 8.4 can be vendored; install the other PHP's packages on the"
        + " server yourself");
    assertThat(temp.resolve("b")).doesNotExist();
  }

  @Test
  void vendorPackages_onTheDefaultDebian13_downloadsTrixiesPackages_andSaysSo() throws Exception {
    CliRun run = CliRun.compile(FAKE_PACKAGES, "--vendor-packages", "--cache", "valkey", "-o", temp.resolve("b").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.errLines()).containsExactly("produce-compile: downloading the Debian 13 (trixie) packages of the"
        + " bundle in a container (Docker, Debian's mirror)…");
    assertThat(Files.readString(temp.resolve("b/packages/INDEX"))).startsWith(
        "# Debian 13 (trixie) packages vendored by produce-compile --vendor-packages\n"
            + "# requested: nginx php8.4-fpm php8.4-apcu valkey-server php8.4-redis\n");
  }

  @Test
  void vendorPackages_onDebian12_namesBookworm() throws Exception {
    CliRun run = CliRun.compile(FAKE_PACKAGES, "--vendor-packages", "--distro", "debian-12", "-o", temp.resolve("b").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.errLines()).containsExactly("produce-compile: downloading the Debian 12 (bookworm) packages of the"
        + " bundle in a container (Docker, Debian's mirror)…");
    assertThat(Files.readString(temp.resolve("b/packages/INDEX")))
        .startsWith("# Debian 12 (bookworm) packages vendored by produce-compile --vendor-packages\n");
  }

  @Test
  void vendorPackagesHelp_namesBothReleases_andNoLongerRefusesDebian13() {
    CliRun run = CliRun.compile(p -> { throw new AssertionError("Docker must not be asked"); }, "--help");

    String help = run.out().replaceAll("\\s+", " ");
    assertThat(help).contains("--vendor-packages Also carry the packages the bundle needs from its distro's release,"
        + " Debian 13 (trixie) or, with --distro debian-12, Debian 12 (bookworm)",
        "only with the distro's own PHP (8.4 on debian-13, 8.2 on debian-12)")
        .doesNotContain("Debian 12 packages", "only with --distro debian-12");
  }

  @Test
  void sign_withAMissingKey_isExit2NamingTheOption_beforeDocker() {
    CliRun run = CliRun.compile(p -> { throw new AssertionError("Docker must not be asked"); },
        "--vendor-packages", "--sign", temp.resolve("nope").toString(), "-o", temp.resolve("b").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: --sign: no key file ");
    assertThat(temp.resolve("b")).doesNotExist();
  }

  /**
   * A KEY that is no usable OpenSSH private key is refused before Docker is asked or anything is
   * written: a previous bundle replaced with --force stays as it was, and nothing of the file is printed.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "binary", "public key", "directory", "empty", "huge"})
  void sign_withAFileThatIsNoPrivateKey_isExit2NamingTheOption_andWritesNothing(String kind) throws Exception {
    Path bundle = temp.resolve("b");
    assertThat(CliRun.compile(FAKE_PACKAGES, "-o", bundle.toString()).exitCode()).isZero();
    String sums = Files.readString(bundle.resolve("SHA256SUMS"));
    Path key = badKey(kind);

    CliRun run = CliRun.compile(p -> { throw new AssertionError("Docker must not be asked"); },
        "--vendor-packages", "--distro", "debian-12", "--sign", key.toString(), "--force", "-o", bundle.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: --sign: " + key + " ")
        .contains("an OpenSSH private key file").doesNotContain("SECRET").hasSizeLessThan(300);
    assertThat(Files.readString(bundle.resolve("SHA256SUMS"))).isEqualTo(sums);
    assertThat(bundle.resolve("packages")).doesNotExist();
  }

  private Path badKey(String kind) throws Exception {
    Path key = temp.resolve("key-" + kind.replace(' ', '-'));
    switch (kind) {
      case "text" -> Files.writeString(key, "SECRET-LOOKING-TEXT\n");
      case "binary" -> {
        byte[] noise = new byte[100_000];
        new Random(1).nextBytes(noise);
        Files.write(key, noise);
      }
      case "public key" -> {
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
            temp.resolve("pair").toString()).start();
        assertThat(keygen.waitFor()).isZero();
        Files.move(temp.resolve("pair.pub"), key);
      }
      case "directory" -> Files.createDirectory(key);
      case "empty" -> Files.createFile(key);
      default -> Files.writeString(key, "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "SECRET".repeat(100_000));
    }
    return key;
  }

  @Test
  void vendorPackages_withoutDocker_isExit3InOneLine_andWritesNothing() {
    CliRun run = CliRun.compile(p -> { throw new TargetException("cannot reach the Docker engine (bin/test starts one):"
        + " Could not find a valid Docker environment"); }, "--vendor-packages", "--distro", "debian-12", "-o",
        temp.resolve("b").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.errLines()).last().isEqualTo("produce-compile: --vendor-packages needs Docker and Debian's"
        + " mirror: cannot reach the Docker engine (bin/test starts one): Could not find a valid Docker environment");
    assertThat(temp.resolve("b")).doesNotExist();
  }

  @Test
  void signedArchiveWithPackages_isByteIdenticalAcrossCompiles_andCarriesPackagesAndSignature() throws Exception {
    Path key = temp.resolve("key");
    Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()).start();
    assertThat(keygen.waitFor()).isZero();

    for (String name : List.of("one", "two")) {
      CliRun run = CliRun.compile(FAKE_PACKAGES, "--vendor-packages", "--distro", "debian-12", "--sign", key.toString(), "--cache",
          "memcache", "-o", temp.resolve(name).toString(), "--archive", temp.resolve(name + ".tar.gz").toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("packages         5 .deb files", "signature        ");
    }

    assertThat(Files.readAllBytes(temp.resolve("one.tar.gz"))).isEqualTo(Files.readAllBytes(temp.resolve("two.tar.gz")));
    assertThat(Files.readString(temp.resolve("one/SHA256SUMS"))).contains("  packages/memcached_1.0_amd64.deb\n",
        "  packages/INDEX\n").doesNotContain("SHA256SUMS.sig");
    assertThat(temp.resolve("one/SHA256SUMS.sig")).exists();
    Process list = new ProcessBuilder("tar", "tzf", temp.resolve("one.tar.gz").toString()).start();
    String entries = new String(list.getInputStream().readAllBytes());
    assertThat(entries).contains("bundle/packages/php8.2-apcu_1.0_amd64.deb\n", "bundle/SHA256SUMS.sig\n");
  }

  @Test
  void withoutTheNewOptions_theBundleHasNoPackagesAndNoSignature() {
    CliRun run = CliRun.compile(p -> { throw new AssertionError("Docker must not be asked"); },
        "-o", temp.resolve("plain").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(temp.resolve("plain/packages")).doesNotExist();
    assertThat(temp.resolve("plain/SHA256SUMS.sig")).doesNotExist();
  }
}
