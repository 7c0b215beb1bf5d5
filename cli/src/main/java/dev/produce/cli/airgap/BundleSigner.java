package dev.produce.cli.airgap;

import dev.produce.format.BundleLayout;
import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;
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
import java.util.regex.Pattern;

/**
 * {@code --sign KEY}: signs the bundle's {@code SHA256SUMS} with {@code ssh-keygen -Y sign -f KEY -n
 * produce-bundle} and adds the signature as {@code SHA256SUMS.sig} (not listed in SHA256SUMS: it is
 * what vouches for it). KEY is a private key file, or a public key whose private half an ssh-agent
 * holds ({@link #checkKey} refuses anything else up front); a key with a passphrase makes ssh-keygen
 * ask for it on the terminal. Ed25519 and RSA
 * signatures are deterministic, so a signed archive stays reproducible; ECDSA ones are not.
 * Nothing of the key is ever printed.
 */
public final class BundleSigner {
  /** The signature namespace; {@code produce} verifies with the same. */
  public static final String NAMESPACE = "produce-bundle";
  /** The bundle path of the signature. */
  public static final String SIGNATURE = BundleLayout.SHA256SUMS_SIGNATURE;
  private static final String OPTION = "--sign";
  private static final long TIMEOUT_SECONDS = 300;
  /** What KEY may be, for error messages. */
  private static final String ACCEPTED = "an OpenSSH private key file (e.g. ~/.ssh/produce_ed25519 from ssh-keygen"
      + " -t ed25519), or its .pub file while an ssh-agent holds the key";
  /** A private key file is a few KB (RSA 4096: about 3.4 KB); anything this large is not one. */
  static final int MAX_KEY_BYTES = 64 * 1024;
  /** The first line of a private key ssh-keygen reads: OpenSSH's own format or PEM (PKCS#1, SEC1, PKCS#8). */
  private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN (OPENSSH |RSA |EC |DSA |)PRIVATE KEY-----");
  /** A public key line: {@code ssh-ed25519 AAAA…}, {@code ecdsa-sha2-nistp256 AAAA…}, {@code sk-…}. */
  private static final Pattern PUBLIC_KEY = Pattern.compile("(ssh-|ecdsa-sha2-|sk-)[A-Za-z0-9@.-]+ AAAA");

  private BundleSigner() {}

  /**
   * Refuses a KEY that cannot sign, before anything else is done (no Docker, nothing written): not a
   * readable file, larger than {@value #MAX_KEY_BYTES} bytes, or not a private key in a form
   * ssh-keygen reads ({@code -----BEGIN OPENSSH PRIVATE KEY-----}, or PEM {@code -----BEGIN … PRIVATE
   * KEY-----}). A public key is accepted only when {@code agentRunning}: ssh-keygen then asks the
   * ssh-agent for its private half. Nothing of the file is ever printed.
   */
  public static void checkKey(Path key, boolean agentRunning) {
    if (Files.isDirectory(key)) {
      throw new InvalidInputException(OPTION, key + " is a directory; expected " + ACCEPTED);
    }
    if (!Files.isRegularFile(key)) {
      throw new InvalidInputException(OPTION, "no key file " + key + "; expected " + ACCEPTED);
    }
    String first;
    try (InputStream in = Files.newInputStream(key)) {
      byte[] head = in.readNBytes(MAX_KEY_BYTES + 1);
      if (head.length > MAX_KEY_BYTES) {
        throw new InvalidInputException(OPTION, key + " is not a key: it is larger than " + MAX_KEY_BYTES
            + " bytes; expected " + ACCEPTED);
      }
      first = new String(head, StandardCharsets.ISO_8859_1).strip().lines().findFirst().orElse("");
    } catch (IOException e) {
      throw new InvalidInputException(OPTION, "cannot read the key file " + key);
    }
    if (PUBLIC_KEY.matcher(first).lookingAt()) {
      if (!agentRunning) {
        throw new InvalidInputException(OPTION, key + " is a public key and no ssh-agent runs to hold its private"
            + " half; expected " + ACCEPTED);
      }
      return;
    }
    if (!PRIVATE_KEY.matcher(first).matches()) {
      throw new InvalidInputException(OPTION, key + " is not a private key; expected " + ACCEPTED);
    }
  }

  /**
   * {@code bundle} with {@code SHA256SUMS.sig} added.
   *
   * @throws InvalidInputException ssh-keygen refused the key (the message is ssh-keygen's, without key material)
   * @throws IOException ssh-keygen cannot be run
   */
  public static Bundle sign(Bundle bundle, Path key) throws IOException {
    checkKey(key, true);
    byte[] sums = bundle.file(Sha256Sums.PATH).orElseThrow(() -> new IllegalArgumentException("no SHA256SUMS"))
        .bytes();
    Process process = new ProcessBuilder("ssh-keygen", "-q", "-Y", "sign", "-f", key.toString(), "-n", NAMESPACE)
        .start();
    CompletableFuture<byte[]> signature = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    try (OutputStream in = process.getOutputStream()) {
      in.write(sums);
    } catch (IOException e) {
      // ssh-keygen exited without reading (it refused the key): its exit status and message say why.
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
