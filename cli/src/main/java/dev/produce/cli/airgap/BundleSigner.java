package dev.produce.cli.airgap;

import dev.produce.generators.Bundle;
import dev.produce.generators.BundleFile;
import dev.produce.generators.meta.Sha256Sums;
import dev.produce.model.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code --sign KEY}: signs the bundle's {@code SHA256SUMS} with {@code ssh-keygen -Y sign -f KEY -n
 * produce-bundle} and adds the signature as {@code SHA256SUMS.sig} (not listed in SHA256SUMS: it is
 * what vouches for it). KEY is a private key file, or a public key whose private half an ssh-agent
 * holds; a key with a passphrase makes ssh-keygen ask for it on the terminal. Ed25519 and RSA
 * signatures are deterministic, so a signed archive stays reproducible; ECDSA ones are not.
 * Nothing of the key is ever printed.
 */
public final class BundleSigner {
  /** The signature namespace; {@code produce} verifies with the same. */
  public static final String NAMESPACE = "produce-bundle";
  /** The bundle path of the signature. */
  public static final String SIGNATURE = Sha256Sums.PATH + ".sig";
  private static final String OPTION = "--sign";
  private static final long TIMEOUT_SECONDS = 300;

  private BundleSigner() {}

  /** Refuses a KEY that is not a readable file, before anything else is done. */
  public static void checkKey(Path key) {
    if (!Files.isRegularFile(key)) {
      throw new InvalidInputException(OPTION, "no key file " + key + " (name an OpenSSH private key, e.g."
          + " ~/.ssh/produce_ed25519)");
    }
    if (!Files.isReadable(key)) {
      throw new InvalidInputException(OPTION, "cannot read the key file " + key);
    }
  }

  /**
   * {@code bundle} with {@code SHA256SUMS.sig} added.
   *
   * @throws InvalidInputException ssh-keygen refused the key (the message is ssh-keygen's, without key material)
   * @throws IOException ssh-keygen cannot be run
   */
  public static Bundle sign(Bundle bundle, Path key) throws IOException {
    checkKey(key);
    byte[] sums = bundle.file(Sha256Sums.PATH).orElseThrow(() -> new IllegalArgumentException("no SHA256SUMS"))
        .bytes();
    Process process = new ProcessBuilder("ssh-keygen", "-q", "-Y", "sign", "-f", key.toString(), "-n", NAMESPACE)
        .start();
    CompletableFuture<byte[]> signature = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    try (OutputStream in = process.getOutputStream()) {
      in.write(sums);
    }
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new InvalidInputException(OPTION, "ssh-keygen did not sign within " + TIMEOUT_SECONDS + " s");
      }
      String message = new String(errors.get(), StandardCharsets.UTF_8).strip();
      byte[] sig = signature.get();
      if (process.exitValue() != 0 || sig.length == 0) {
        throw new InvalidInputException(OPTION, "ssh-keygen could not sign with " + key + ": "
            + (message.isEmpty() ? "exit status " + process.exitValue() : message.lines().findFirst().orElse("")));
      }
      List<BundleFile> files = new ArrayList<>(bundle.files());
      files.add(new BundleFile(SIGNATURE, new String(sig, StandardCharsets.US_ASCII), false));
      return new Bundle(files);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while signing", e);
    } catch (ExecutionException e) {
      throw new IOException("cannot read ssh-keygen's output", e.getCause());
    }
  }

  private static byte[] readAll(InputStream stream) {
    try (stream) {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
