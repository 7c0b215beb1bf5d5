package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server/produce-apply} on the host, with a stand-in bundle whose {@code produce} only prints
 * where it runs and with which options (exit 7), signed with the host's ssh-keygen: usage errors
 * (exit 2), and every refusal (exit 3, one line, the stand-in never runs) of a bundle that is not
 * exactly what the signer listed. The stand-in runs only from the staging copy, which is removed
 * afterwards. The tests past the usage errors need root (the script refuses otherwise, also tested);
 * {@code ProduceApplyIT} applies real bundles with it in a target container.
 */
class ProduceApplyTest {
  private static final String STAND_IN = "#!/usr/bin/env bash\n"
      + "printf 'stand-in produce ran in %s with:%s\\n' \"$PWD\" \"$(printf ' %s' \"$@\")\"\nexit 7\n";
  private static final Path STAGING_PARENT = Path.of("/var/tmp");

  @TempDir
  Path temp;
  private Path bundle;
  private Path signers;
  private List<Path> stagingBefore;

  @BeforeEach
  void writeSignedStandIn() throws Exception {
    stagingBefore = staging();
    bundle = temp.resolve("bundle");
    Files.createDirectories(bundle.resolve("scripts/lib"));
    Files.writeString(bundle.resolve("produce"), STAND_IN);
    assertThat(bundle.resolve("produce").toFile().setExecutable(true)).isTrue();
    Files.writeString(bundle.resolve("scripts/lib/log.sh"), "# a library\n");
    Files.writeString(bundle.resolve("README.md"), "stand-in\n");
    Path key = SigningKeys.newKey(temp, "ops");
    signers = SigningKeys.allowedSigners(temp.resolve("allowed_signers"), "ops@example", key);
    writeSums();
    SigningKeys.sign(bundle, key);
  }

  @AfterEach
  void noStagingDirectoryIsLeft() throws Exception {
    assertThat(staging()).as("staging directories under /var/tmp").isEqualTo(stagingBefore);
  }

  @Test
  void help_printsUsageAndExitsZero() throws Exception {
    Shell result = apply("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.output()).startsWith("Usage: sudo produce-apply [--allowed-signers FILE | --unsigned] BUNDLE")
        .contains("--rollback", "nothing was changed");
  }

  @Test
  void badArguments_areOneLineUsageErrors() throws Exception {
    assertUsageError(List.of(), "produce-apply: BUNDLE missing: name a bundle directory or .tar.gz archive (see --help)");
    assertUsageError(List.of(bundle.toString(), "--force"), "produce-apply: unknown option: --force (accepted:"
        + " --allowed-signers FILE, --unsigned, --dry-run, --check, --rollback, --require-site, --help)");
    assertUsageError(List.of(bundle.toString(), "--check", "--rollback"),
        "produce-apply: --check and --rollback cannot be combined");
    assertUsageError(List.of(bundle.toString(), bundle.toString()), "produce-apply: one BUNDLE only (got " + bundle
        + " and " + bundle + ")");
    assertUsageError(List.of("--unsigned", "--allowed-signers", signers.toString(), bundle.toString()),
        "produce-apply: --unsigned and --allowed-signers cannot be combined");
    assertUsageError(List.of(bundle.toString(), "--allowed-signers"),
        "produce-apply: --allowed-signers needs a FILE (the keys allowed to sign bundles)");
    assertUsageError(List.of("--allowed-signers", temp.resolve("nope").toString(), bundle.toString()),
        "produce-apply: --allowed-signers: no file " + temp.resolve("nope"));
    assertUsageError(List.of(temp.resolve("nope").toString()),
        "produce-apply: BUNDLE: no bundle directory or .tar.gz archive at " + temp.resolve("nope"));
  }

  @Test
  void notRoot_isRefused() throws Exception {
    assumeTrue(isRoot(), "needs root to become another user");
    Shell result = Shell.run(temp, "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "bash",
        ServerScript.PRODUCE_APPLY.toString(), "--unsigned", temp.toString());

    assertRefused(result, "produce-apply must run as root (sudo produce-apply ...)");
  }

  @Test
  void goodSignature_runsTheStagedProduce_withTheOptions_andReturnsItsStatus() throws Exception {
    assumeTrue(isRoot(), "produce-apply runs as root only");
    Shell result = apply(bundle.toString(), "--rollback", "--allowed-signers", signers.toString());

    assertThat(result.exitCode()).as(result.output()).isEqualTo(7);
    String signersFile = Pattern.quote(signers.toString());
    assertThat(result.output()).matches("produce-apply: signature verified: SHA256SUMS signed by ops@example \\("
        + signersFile + "\\)\nproduce-apply: every file matches SHA256SUMS and nothing else is in the bundle; running"
        + " its produce from /var/tmp/produce-apply\\.\\w{10}/bundle\nstand-in produce ran in /var/tmp/produce-apply"
        + "\\.\\w{10}/bundle with: --rollback --allowed-signers " + signersFile + "\n");
  }

  @Test
  void archive_isExtractedFromAStagedCopy_andItsBundleDirectoryRun() throws Exception {
    assumeTrue(isRoot(), "produce-apply runs as root only");
    Path archive = temp.resolve("bundle.tar.gz");
    assertThat(Shell.run(temp, "tar", "czf", archive.toString(), "bundle").exitCode()).isZero();

    Shell result = apply("--allowed-signers=" + signers, archive.toString(), "--dry-run");

    assertThat(result.exitCode()).as(result.output()).isEqualTo(7);
    assertThat(result.output()).containsPattern("stand-in produce ran in /var/tmp/produce-apply\\.\\w{10}/extracted/bundle"
        + " with: --dry-run --allowed-signers " + signers + "\n");
  }

  @Test
  void editedAfterSigning_withRegeneratedSums_isRefused() throws Exception {
    assumeTrue(isRoot(), "produce-apply runs as root only");
    Files.writeString(bundle.resolve("produce"), "echo edited\n", StandardOpenOption.APPEND);
    writeSums();

    assertRefused(apply(bundle.toString(), "--allowed-signers", signers.toString()), "the signature does not"
        + " match SHA256SUMS (changed after signing) or is not valid for ops@example in " + signers);
  }

  @Test
  void aFileThatDoesNotMatchSha256sums_isRefused() throws Exception {
    assumeTrue(isRoot(), "produce-apply runs as root only");
    Files.writeString(bundle.resolve("scripts/lib/log.sh"), "echo edited\n", StandardOpenOption.APPEND);

    assertRefused(apply(bundle.toString(), "--allowed-signers", signers.toString()),
        "the bundle does not match SHA256SUMS: scripts/lib/log.sh: FAILED");
  }

  @Test
  void aFileSha256sumsDoesNotList_isRefused() throws Exception {
    assumeTrue(isRoot(), "produce-apply runs as root only");
    Files.writeString(bundle.resolve("scripts/lib/extra.sh"), "echo extra\n");

    assertRefused(apply(bundle.toString(), "--allowed-signers", signers.toString()),
        "the bundle holds scripts/lib/extra.sh, which SHA256SUMS does not list");
  }

  @Test
  void symlinksFifosAndHardLinks_areRefused() throws Exception {
    assumeTrue(isRoot(), "produce-apply runs as root only");
    Path link = bundle.resolve("scripts/lib/link.sh");
    Files.createSymbolicLink(link, bundle.resolve("scripts/lib/log.sh"));
    assertRefused(apply(bundle.toString(), "--allowed-signers", signers.toString()), "the bundle holds"
        + " scripts/lib/link.sh, which is not a regular file or directory (symlinks, devices, FIFOs and sockets are"
        + " refused)");
    Files.delete(link);

    assertThat(Shell.run(bundle, "mkfifo", "pipe").exitCode()).isZero();
    assertRefused(apply(bundle.toString(), "--allowed-signers", signers.toString()), "the bundle holds pipe,"
        + " which is not a regular file or directory (symlinks, devices, FIFOs and sockets are refused)");
    Files.delete(bundle.resolve("pipe"));

    Files.createLink(temp.resolve("outside"), bundle.resolve("README.md"));
    assertRefused(apply(bundle.toString(), "--allowed-signers", signers.toString()),
        "the bundle holds README.md, a hard link (refused)");
  }

  @Test
  void unsignedOrSignedByAnotherKey_isRefused() throws Exception {
    assumeTrue(isRoot(), "produce-apply runs as root only");
    SigningKeys.sign(bundle, SigningKeys.newKey(temp, "mallory"));
    assertRefused(apply(bundle.toString(), "--allowed-signers", signers.toString()),
        "the bundle is not signed by a key listed in " + signers);

    Files.delete(bundle.resolve("SHA256SUMS.sig"));
    assertRefused(apply(bundle.toString(), "--allowed-signers", signers.toString()),
        "the bundle is not signed (no SHA256SUMS.sig) and " + signers + " requires a signature");
  }

  @Test
  void withoutAllowedSigners_onlyUnsignedIsAccepted() throws Exception {
    assumeTrue(isRoot(), "produce-apply runs as root only");
    assumeFalse(Files.exists(Path.of("/etc/produce/allowed_signers")), "the host lists allowed signers");

    assertRefused(apply(bundle.toString()), "/etc/produce/allowed_signers does not exist: list the keys allowed"
        + " to sign bundles there, or apply an unsigned bundle with --unsigned");
    Shell unsigned = apply("--unsigned", bundle.toString(), "--check");
    assertThat(unsigned.exitCode()).as(unsigned.output()).isEqualTo(7);
    assertThat(unsigned.output()).startsWith("produce-apply: no signature checked (--unsigned)\n")
        .endsWith("/bundle with: --check\n");
  }

  @Test
  void allowedSignersWritableByOthers_isRefused() throws Exception {
    assumeTrue(isRoot(), "produce-apply runs as root only");
    assertThat(Shell.run(temp, "chmod", "0666", signers.toString()).exitCode()).isZero();

    assertRefused(apply(bundle.toString(), "--allowed-signers", signers.toString()), signers + " decides which"
        + " keys are trusted but is not owned by root or is writable by others (uid 0, mode 666)");
  }

  private Shell apply(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", ServerScript.PRODUCE_APPLY.toString()));
    command.addAll(List.of(args));
    return Shell.run(temp, command.toArray(String[]::new));
  }

  private void assertUsageError(List<String> args, String line) throws Exception {
    Shell result = apply(args.toArray(String[]::new));
    assertThat(result.output()).as("%s", args).isEqualTo(line + "\n");
    assertThat(result.exitCode()).as("%s", args).isEqualTo(2);
  }

  private static void assertRefused(Shell result, String what) {
    assertThat(result.output()).doesNotContain("stand-in produce ran")
        .endsWith("produce-apply: error: " + what + "; nothing was changed\n");
    assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
  }

  private void writeSums() throws Exception {
    Shell sums = Shell.bash(bundle, "sha256sum produce README.md scripts/lib/log.sh > SHA256SUMS");
    assertThat(sums.exitCode()).as(sums.output()).isZero();
  }

  private static boolean isRoot() throws Exception {
    return Shell.run(Path.of("."), "id", "-u").output().strip().equals("0");
  }

  private static List<Path> staging() throws Exception {
    try (Stream<Path> entries = Files.list(STAGING_PARENT)) {
      return entries.filter(p -> p.getFileName().toString().startsWith("produce-apply.")).sorted().toList();
    }
  }
}
