package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.target.ExecResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with {@code /etc/produce/allowed_signers} applies only bundles whose SHA256SUMS carries a
 * good {@code ssh-keygen -Y} signature (namespace produce-bundle) by a listed key: unsigned, signed
 * by another key, or modified after signing (checksums made consistent again) is refused with exit
 * 3 and nothing changed. The target image lacks ssh-keygen, which real servers have: the test
 * installs openssh-client from Debian's mirror first.
 */
@ExtendWith(SuiteClock.class)
class SignedBundleIT {
  @TempDir
  Path hostDir;

  @Test
  void allowedSigners_acceptOnlyAGoodSignatureByAListedKey() throws Exception {
    ServerProfile profile = Bundles.profile(1024, CacheBackend.MEMCACHE);
    Path ops = key("ops");
    Path mallory = key("mallory");
    Path signed = sign(Bundles.write(profile, hostDir, "signed"), ops);
    Path unsigned = Bundles.write(profile, hostDir, "unsigned");
    Path wrongKey = sign(Bundles.write(profile, hostDir, "wrong-key"), mallory);
    Path modified = sign(Bundles.write(profile, hostDir, "modified"), ops);
    BundleTampering.append(modified, "files/etc/memcached.conf", "-m 1\n");
    BundleTampering.resign(modified);

    try (Server server = Server.target()) {
      ExecResult ssh = server.container().exec(Duration.ofMinutes(5), "bash", "-c",
          "apt-get -q update && DEBIAN_FRONTEND=noninteractive apt-get -q install -y --no-install-recommends"
              + " openssh-client");
      assertThat(ssh.exitCode()).as("installing openssh-client: %s", ssh.stderr()).isZero();
      server.sh("install -d -m 0755 /etc/produce && printf 'ops@example namespaces=\"produce-bundle\" %s\\n' '"
          + Files.readString(hostDir.resolve("ops.pub")).strip() + "' > /etc/produce/allowed_signers");
      String before = server.snapshot();

      for (Path refused : List.of(unsigned, wrongKey, modified)) {
        ExecResult result = server.produceExpecting(3, server.carry(refused));
        assertThat(result.stderr()).as(refused.getFileName().toString()).contains("nothing was changed");
        assertThat(result.stdout()).doesNotContain("signature verified");
      }
      assertThat(server.produce("/opt/bundles/unsigned").stderr()).contains("the bundle is not signed");
      assertThat(server.produce("/opt/bundles/wrong-key").stderr()).contains("not signed by a key listed in");
      assertThat(server.produce("/opt/bundles/modified").stderr()).contains("the signature does not match SHA256SUMS");
      assertThat(server.snapshot()).isEqualTo(before);
      assertThat(server.hasBackups()).isFalse();

      ExecResult accepted = server.produceExpecting(0, server.carry(signed));
      assertThat(accepted.stdout()).startsWith("produce: signature verified: SHA256SUMS signed by ops@example"
          + " (/etc/produce/allowed_signers)\n").contains("installed /etc/memcached.conf");
      ServiceProbes.assertServing(server, profile, "signed bundle");
    }
  }

  private Path key(String name) throws Exception {
    Path key = hostDir.resolve(name);
    run(hostDir, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.toString());
    return key;
  }

  private static Path sign(Path bundle, Path key) throws Exception {
    run(bundle, "ssh-keygen", "-q", "-Y", "sign", "-n", "produce-bundle", "-f", key.toString(), "SHA256SUMS");
    assertThat(bundle.resolve("SHA256SUMS.sig")).exists();
    return bundle;
  }

  /** Runs a host command (ssh-keygen) and asserts it succeeded. */
  private static void run(Path dir, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("%s: %s", String.join(" ", command), output).isZero();
  }
}
