package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Ed25519 keys made and used with the host's ssh-keygen, as {@code produce-compile --sign} does. */
final class SigningKeys {
  private SigningKeys() {}

  /** A new key without passphrase at {@code dir/name} (public half {@code name.pub}), comment {@code name}. */
  static Path newKey(Path dir, String name) throws Exception {
    Path key = dir.resolve(name);
    assertThat(Shell.run(dir, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.toString())
        .exitCode()).isZero();
    return key;
  }

  /** An allowed_signers file at {@code file} listing the public half of {@code key} as {@code principal}. */
  static Path allowedSigners(Path file, String principal, Path key) throws Exception {
    Files.writeString(file, principal + " namespaces=\"produce-bundle\" "
        + Files.readString(key.resolveSibling(key.getFileName() + ".pub")));
    return file;
  }

  /** Replaces the bundle's SHA256SUMS.sig by a signature of its SHA256SUMS with {@code key}. */
  static void sign(Path bundle, Path key) throws Exception {
    Files.deleteIfExists(bundle.resolve("SHA256SUMS.sig"));
    Shell signed = Shell.run(bundle, "ssh-keygen", "-q", "-Y", "sign", "-n", "produce-bundle", "-f", key.toString(),
        "SHA256SUMS");
    assertThat(signed.exitCode()).as(signed.output()).isZero();
  }
}
