package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.verifier.container.ExecResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Signing keys and signatures made with the host's ssh-keygen, and the README's manual check. */
final class SignedBundles {
  /** The line of a bundle's {@code produce} that starts its own signature check. */
  static final String OWN_CHECK = "if [[ -n \"$PRODUCE_ALLOWED_SIGNERS\" || -e \"$signers\" ]]; then";
  /** The paragraph of the README whose code block checks a bundle by hand. */
  private static final String MANUAL_CHECK = "**By hand, without produce-apply.**";

  private SignedBundles() {}

  /** A new Ed25519 key without passphrase at {@code dir/name} (public half {@code name.pub}), comment {@code name}. */
  static Path key(Path dir, String name) throws Exception {
    Path key = dir.resolve(name);
    run(dir, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.toString());
    return key;
  }

  /** Signs the bundle's SHA256SUMS with {@code key} into SHA256SUMS.sig, as {@code produce-compile --sign} does. */
  static Path sign(Path bundle, Path key) throws Exception {
    run(bundle, "ssh-keygen", "-q", "-Y", "sign", "-n", "produce-bundle", "-f", key.toString(), "SHA256SUMS");
    assertThat(bundle.resolve("SHA256SUMS.sig")).exists();
    return bundle;
  }

  /**
   * Installs openssh-client from Debian's mirror (the target image lacks ssh-keygen, which real
   * servers have) and lists {@code key}'s public half as {@code ops@example} in /etc/produce/allowed_signers.
   */
  static void trust(Server server, Path key) throws IOException {
    ExecResult ssh = server.container().exec(Duration.ofMinutes(5), "bash", "-c",
        "apt-get -q update && DEBIAN_FRONTEND=noninteractive apt-get -q install -y --no-install-recommends"
            + " openssh-client");
    assertThat(ssh.exitCode()).as("installing openssh-client: %s", ssh.stderr()).isZero();
    server.sh("install -d -m 0755 /etc/produce && printf 'ops@example namespaces=\"produce-bundle\" %s\\n' '"
        + Files.readString(key.resolveSibling(key.getFileName() + ".pub")).strip() + "' > /etc/produce/allowed_signers");
  }

  /** Edits the bundle's {@code produce} so that it never checks the signature (SHA256SUMS left as it was). */
  static void editProduceToSkipItsSignatureCheck(Path bundle) throws IOException {
    BundleTampering.replaceLine(bundle, "produce", OWN_CHECK, "if false; then");
  }

  /** The README's indented code block after {@value #MANUAL_CHECK}, unindented, exactly as printed. */
  static String manualCheckFromReadme(Path readme) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf(MANUAL_CHECK);
    assertThat(start).as("README paragraph %s", MANUAL_CHECK).isNotNegative();
    List<String> block = new ArrayList<>();
    for (String line : text.substring(start).lines().toList()) {
      if (line.startsWith("    ")) {
        block.add(line.substring(4));
      } else if (!block.isEmpty()) {
        break;
      }
    }
    return String.join("\n", block) + "\n";
  }

  /** Runs a host command and asserts it succeeded. */
  private static void run(Path dir, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("%s: %s", String.join(" ", command), output).isZero();
  }
}
