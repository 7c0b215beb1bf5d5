package dev.produce.cli.airgap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.Generators;
import dev.produce.model.InvalidInputException;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sign KEY} with the host's ssh-keygen: a signature ssh-keygen -Y verify accepts, made deterministically. */
class BundleSignerTest {
  @TempDir
  Path temp;
  private Path key;
  private Bundle bundle;

  @BeforeEach
  void keyAndBundle() throws Exception {
    key = temp.resolve("produce_ed25519");
    assertThat(run(temp, null, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "ops@example", "-f",
        key.toString())).isZero();
    bundle = Generators.bundle(Profiles.compute(Inputs.builder().build()));
  }

  @Test
  void signature_verifiesWithSshKeygenAgainstAllowedSigners_inTheProduceBundleNamespace() throws Exception {
    Bundle signed = BundleSigner.sign(bundle, key);

    Path sums = Files.write(temp.resolve("SHA256SUMS"), signed.file("SHA256SUMS").orElseThrow().bytes());
    Path sig = Files.write(temp.resolve("SHA256SUMS.sig"), signed.file("SHA256SUMS.sig").orElseThrow().bytes());
    Path allowed = Files.writeString(temp.resolve("allowed"), "ops@example "
        + Files.readString(temp.resolve("produce_ed25519.pub")));
    assertThat(signed.file("SHA256SUMS.sig").orElseThrow().content()).startsWith("-----BEGIN SSH SIGNATURE-----\n");
    assertThat(signed.file("SHA256SUMS")).isEqualTo(bundle.file("SHA256SUMS"));
    assertThat(run(temp, sums, "ssh-keygen", "-Y", "verify", "-f", allowed.toString(), "-I", "ops@example", "-n",
        "produce-bundle", "-s", sig.toString())).isZero();
    assertThat(run(temp, sums, "ssh-keygen", "-Y", "verify", "-f", allowed.toString(), "-I", "ops@example", "-n",
        "other-namespace", "-s", sig.toString())).isNotZero();
  }

  @Test
  void ed25519Signatures_areDeterministic_soSignedArchivesStayReproducible() throws Exception {
    assertThat(BundleSigner.sign(bundle, key)).isEqualTo(BundleSigner.sign(bundle, key));
  }

  @Test
  void aMissingKey_orAFileThatIsNoKey_isAnInputErrorNamingSign_withoutKeyMaterial() throws Exception {
    assertThatThrownBy(() -> BundleSigner.sign(bundle, temp.resolve("nope")))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--sign: no key file ");
    Path notAKey = Files.writeString(temp.resolve("not-a-key"), "SECRET-LOOKING-TEXT\n");
    assertThatThrownBy(() -> BundleSigner.sign(bundle, notAKey))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--sign: " + notAKey + " is not a private key; expected an OpenSSH private key file")
        .hasMessageNotContaining("SECRET-LOOKING-TEXT");
  }

  @Test
  void aKeyThatLooksPrivateButIsNot_isAnInputErrorWithSshKeygensReason_neverAnEnvironmentError() throws Exception {
    Path broken = Files.writeString(temp.resolve("broken"), "-----BEGIN OPENSSH PRIVATE KEY-----\nSECRET\n"
        + "-----END OPENSSH PRIVATE KEY-----\n");

    assertThatThrownBy(() -> BundleSigner.sign(bundle, broken))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--sign: ssh-keygen could not sign with " + broken)
        .hasMessageNotContaining("SECRET");
  }

  @Test
  void aPublicKey_isAcceptedOnlyWhileAnSshAgentRuns() {
    Path pub = temp.resolve("produce_ed25519.pub");

    assertThatThrownBy(() -> BundleSigner.checkKey(pub, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--sign: " + pub + " is a public key and no ssh-agent runs to hold its private half");
    BundleSigner.checkKey(pub, true);
    BundleSigner.checkKey(key, false);
  }

  private static int run(Path dir, Path stdin, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = process.waitFor();
    System.err.print(output);
    return status;
  }
}
