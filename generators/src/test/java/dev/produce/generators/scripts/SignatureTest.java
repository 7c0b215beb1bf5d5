package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entry point's signature step with {@code --allowed-signers FILE}, run with the host's
 * ssh-keygen as non-root: a good signature is reported and produce goes on (to refuse in the
 * preflight, since the test host is not the server); everything else is refused with exit 3 before
 * the checksums or any library run. The container tests prove the same against
 * {@code /etc/produce/allowed_signers}. Its messages and help say what it cannot prove: it runs from
 * the bundle, so only {@code produce-apply} (server/) proves the bundle's own scripts untouched.
 */
class SignatureTest {
  @TempDir
  Path temp;
  private Path bundle;
  private Path allowed;

  @BeforeEach
  void writeSignedBundle() throws Exception {
    bundle = WrittenBundle.write(ScriptTestProfiles.redis().profile(), temp);
    Path key = SigningKeys.newKey(temp, "ops");
    allowed = SigningKeys.allowedSigners(temp.resolve("allowed_signers"), "ops@example", key);
    SigningKeys.sign(bundle, key);
  }

  private Shell produceAsNobody(String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = "./produce";
    System.arraycopy(args, 0, command, 1, args.length);
    return Shell.run(bundle, command);
  }

  @Test
  void goodSignature_isVerifiedAndProduceGoesOn() throws Exception {
    Shell result = produceAsNobody("--check", "--allowed-signers", allowed.toString());

    assertThat(result.output()).startsWith("produce: signature verified: SHA256SUMS signed by ops@example ("
        + allowed + ")\nproduce: note: this signature check ran from the bundle itself; only produce-apply, or the\n"
        + "produce:   ssh-keygen -Y verify step of produce's README run before ./produce, proves that the\n"
        + "produce:   bundle's own scripts are untouched\n").doesNotContain("nothing was changed; ");
  }

  @Test
  void help_saysTheBundlesOwnCheckCannotProveItsScriptsUntouched() throws Exception {
    Shell result = produceAsNobody("--help");

    assertThat(result.output()).contains("This check runs from\n                  the bundle itself, so it cannot"
        + " prove that the bundle's own scripts are\n                  untouched: apply with produce-apply");
  }

  @Test
  void unsignedBundle_isRefused() throws Exception {
    Files.delete(bundle.resolve("SHA256SUMS.sig"));

    Shell result = produceAsNobody("--check", "--allowed-signers=" + allowed);

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output()).isEqualTo("produce: error: the bundle is not signed (no SHA256SUMS.sig) and "
        + allowed + " requires a signature; nothing was changed\n");
  }

  @Test
  void signatureByAnotherKey_isRefused() throws Exception {
    SigningKeys.sign(bundle, SigningKeys.newKey(temp, "mallory"));

    Shell result = produceAsNobody("--check", "--allowed-signers", allowed.toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output()).contains("the bundle is not signed by a key listed in " + allowed)
        .doesNotContain("signature verified");
  }

  @Test
  void bundleModifiedAfterSigning_isRefused_evenWithConsistentChecksums() throws Exception {
    Shell edited = Shell.bash(bundle, "echo 'maxmemory 1gb' >> files/etc/redis/redis.conf && "
        + "sed -i \"s|^[0-9a-f]*  files/etc/redis/redis.conf$|$(sha256sum files/etc/redis/redis.conf)|\" SHA256SUMS"
        + " && sha256sum -c --quiet SHA256SUMS");
    assertThat(edited.exitCode()).as(edited.output()).isZero();

    Shell result = produceAsNobody("--check", "--allowed-signers", allowed.toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output()).contains("the signature does not match SHA256SUMS (changed after signing)")
        .doesNotContain("signature verified");
  }

  @Test
  void allowedSignersThatCannotBeRead_orMissingItsFile_areUsageErrors() throws Exception {
    Shell missing = produceAsNobody("--allowed-signers", temp.resolve("nope").toString());
    Shell noFile = produceAsNobody("--check", "--allowed-signers");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.output()).isEqualTo("produce: --allowed-signers: cannot read " + temp.resolve("nope") + "\n");
    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.output()).startsWith("produce: --allowed-signers needs a FILE\nUsage:");
  }
}
