package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ExecResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with {@code /etc/produce/allowed_signers} applies only bundles whose SHA256SUMS carries a
 * good {@code ssh-keygen -Y} signature (namespace produce-bundle) by a listed key: unsigned, signed
 * by another key, or modified after signing (checksums made consistent again) is refused with exit
 * 3 and nothing changed — as long as the bundle's own {@code produce} is the signer's: this check
 * runs from the bundle, and {@link ProduceApplyIT} shows an edited one skipping it. The target image
 * lacks ssh-keygen, which real servers have: the test installs openssh-client from Debian's mirror first.
 */
@ExtendWith(SuiteClock.class)
class SignedBundleIT {
  @TempDir
  Path hostDir;

  @Test
  void allowedSigners_acceptOnlyAGoodSignatureByAListedKey() throws Exception {
    ServerProfile profile = Bundles.profile(1024, CacheBackend.MEMCACHE);
    Path ops = SignedBundles.key(hostDir, "ops");
    Path mallory = SignedBundles.key(hostDir, "mallory");
    Path signed = SignedBundles.sign(Bundles.write(profile, hostDir, "signed"), ops);
    Path unsigned = Bundles.write(profile, hostDir, "unsigned");
    Path wrongKey = SignedBundles.sign(Bundles.write(profile, hostDir, "wrong-key"), mallory);
    Path modified = SignedBundles.sign(Bundles.write(profile, hostDir, "modified"), ops);
    BundleTampering.append(modified, "files/etc/memcached.conf", "-m 1\n");
    BundleTampering.resign(modified);

    try (Server server = Server.target()) {
      SignedBundles.trust(server, ops);
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
}
