package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server/produce-apply}, installed in {@code /usr/local/sbin} of one target container with
 * {@code /etc/produce/allowed_signers}, against signed bundles: a bundle whose {@code produce} was
 * edited to skip its own signature check, with a Redis config listening on every address and
 * SHA256SUMS regenerated (not re-signed), is refused with nothing changed, where the bundle's own
 * {@code ./produce} applies it (issue 11, item 3); so is a bundle with a file SHA256SUMS does not
 * list, and any bundle without allowed signers unless {@code --unsigned}. A good bundle is applied,
 * checked and rolled back through it, also from its archive. The README's manual commands, run as
 * printed, reject the edited bundle. Every test leaves Debian's files as they were (asserted), so
 * the tests share the container (on every {@link ItPlatform}). The target image lacks ssh-keygen: openssh-client comes from
 * Debian's mirror first.
 */
@ExtendWith(SuiteClock.class)
@EveryPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProduceApplyIT {
  private static final String APPLY = "/usr/local/sbin/produce-apply";
  private static final String SIGNERS = "/etc/produce/allowed_signers";
  private static final String ARCHIVE = "/media/usb/bundle.tar.gz";
  private static final String REDIS_LISTENING = "grep -E '^(bind|protected-mode) ' /etc/redis/redis.conf";
  private static final String STAGING = "ls -A /var/tmp | grep '^produce-apply\\.' || true";

  private final ServerProfile profile = Bundles.profile(1024, CacheBackend.REDIS);
  @TempDir
  static Path hostDir;
  private Server server;
  private String stock;
  private String signed;
  private String edited;
  private String unlisted;

  @BeforeAll
  void startServer() throws Exception {
    Path key = SignedBundles.key(hostDir, "ops");
    Path good = SignedBundles.sign(Bundles.write(profile, hostDir, "signed"), key);
    Path bad = SignedBundles.sign(Bundles.write(profile, hostDir, "edited"), key);
    SignedBundles.editProduceToSkipItsSignatureCheck(bad);
    BundleTampering.replaceLine(bad, "files/etc/redis/redis.conf", "bind 127.0.0.1 -::1", "bind 0.0.0.0");
    BundleTampering.replaceLine(bad, "files/etc/redis/redis.conf", "protected-mode yes", "protected-mode no");
    BundleTampering.resign(bad);
    Path extra = SignedBundles.sign(Bundles.write(profile, hostDir, "unlisted"), key);
    Files.writeString(extra.resolve("scripts/lib/zz-extra.sh"), "echo extra\n");

    server = Server.target();
    SignedBundles.trust(server, key);
    server.container().copyIn(Images.repoRoot().resolve("server"), "/opt/produce-server");
    server.sh("install -o root -g root -m 0755 /opt/produce-server/produce-apply " + APPLY);
    signed = server.carry(good);
    edited = server.carry(bad);
    unlisted = server.carry(extra);
    stock = server.snapshot();
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void serverIsStockAgain() {
    assertThat(server.snapshot()).as("Debian's files after the test").isEqualTo(stock);
    assertThat(server.sh(STAGING)).as("staging directories left").isEmpty();
  }

  @Test
  void editedProduce_withRegeneratedSums_isRefused_whereTheBundlesOwnCheckAppliesIt() {
    String backups = server.sh("ls -A /var/backups/produce 2>/dev/null || true");

    ExecResult refused = apply(3, edited);
    assertThat(refused.stderr()).isEqualTo("produce-apply: error: the signature does not match SHA256SUMS (changed"
        + " after signing) or is not valid for ops@example in " + SIGNERS + "; nothing was changed\n");
    assertThat(refused.stdout()).doesNotContain("produce:");
    assertThat(server.snapshot()).isEqualTo(stock);
    assertThat(server.sh("ls -A /var/backups/produce 2>/dev/null || true")).isEqualTo(backups);

    // The design before produce-apply: the same bundle, run as ./produce with allowed_signers present.
    ExecResult direct = server.produceExpecting(0, edited);
    assertThat(direct.stdout()).contains("installed /etc/redis/redis.conf").doesNotContain("signature verified");
    assertThat(server.sh(REDIS_LISTENING)).isEqualTo("bind 0.0.0.0\nprotected-mode no\n");

    apply(0, signed, "--rollback");
    assertThat(server.sh(REDIS_LISTENING)).isEqualTo("bind 127.0.0.1 -::1\nprotected-mode yes\n");
  }

  @Test
  void aFileSha256sumsDoesNotList_isRefused() {
    ExecResult refused = apply(3, unlisted);

    assertThat(refused.stderr()).isEqualTo("produce-apply: error: the bundle holds scripts/lib/zz-extra.sh, which"
        + " SHA256SUMS does not list; nothing was changed\n");
  }

  @Test
  void goodBundle_isAppliedFromItsArchive_andFromItsDirectory_alike_checkedAndRolledBack() {
    archive(signed);
    ExecResult applied = apply(0, ARCHIVE);
    assertThat(applied.stdout()).startsWith("produce-apply: signature verified: SHA256SUMS signed by ops@example ("
        + SIGNERS + ")\nproduce-apply: every file matches SHA256SUMS and nothing else is in the bundle; running its"
        + " produce from /var/tmp/produce-apply.").contains("/extracted/bundle\n", "installed /etc/redis/redis.conf");
    ServiceProbes.assertServing(server, profile, "applied from the archive by produce-apply");
    Map<String, String> fromArchive = server.managedState(profile);
    apply(0, ARCHIVE, "--rollback");
    assertThat(server.snapshot()).isEqualTo(stock);

    apply(0, signed);
    assertThat(server.managedState(profile)).as("owner, mode and content of each file").isEqualTo(fromArchive);
    apply(0, signed, "--check");
    ExecResult rolledBack = apply(0, signed, "--rollback");
    assertThat(rolledBack.stdout()).contains("/etc/redis/redis.conf");
  }

  @Test
  void withoutAllowedSigners_onlyUnsignedIsAccepted() {
    ExecResult bothKinds = apply(2, "--unsigned", signed, "--dry-run");
    assertThat(bothKinds.stderr()).isEqualTo("produce-apply: --unsigned: this server accepts only signed bundles ("
        + SIGNERS + " exists)\n");
    server.sh("mv " + SIGNERS + " /root/allowed_signers.saved");
    try {
      ExecResult refused = apply(3, signed, "--dry-run");
      assertThat(refused.stderr()).isEqualTo("produce-apply: error: " + SIGNERS + " does not exist: list the keys"
          + " allowed to sign bundles there, or apply an unsigned bundle with --unsigned; nothing was changed\n");

      ExecResult unsigned = apply(0, "--unsigned", signed, "--dry-run");
      assertThat(unsigned.stdout()).startsWith("produce-apply: no signature checked (--unsigned)\n")
          .contains("would install /etc/redis/redis.conf");
    } finally {
      server.sh("mv /root/allowed_signers.saved " + SIGNERS);
    }
  }

  @Test
  void readmesManualCommands_runAsPrinted_rejectTheEditedBundle_andPassAGoodOne() throws Exception {
    String commands = SignedBundles.manualCheckFromReadme(Images.repoRoot().resolve("README.md"));
    assertThat(commands).contains("ssh-keygen -Y verify", "sha256sum -c --strict", ARCHIVE);

    ExecResult rejected = manualCheck(commands, edited);
    assertThat(rejected.exitCode()).as(rejected.stdout() + rejected.stderr()).isNotZero();
    assertThat(rejected.stdout() + rejected.stderr()).contains("Could not verify signature")
        .doesNotContain("produce:");

    ExecResult extraFile = manualCheck(commands, unlisted);
    assertThat(extraFile.exitCode()).isNotZero();
    assertThat(extraFile.stdout()).doesNotContain("produce:");

    ExecResult passed = manualCheck(commands, signed);
    assertThat(passed.exitCode()).as(passed.stdout() + passed.stderr()).isZero();
    assertThat(passed.stdout()).contains("would install /etc/redis/redis.conf");
  }

  /** Runs the README's commands in a fresh root shell, with {@code bundle} as the carried archive. */
  private ExecResult manualCheck(String commands, String bundle) {
    archive(bundle);
    server.sh("rm -rf /root/produce-check");
    return server.container().execIn("/root", Duration.ofMinutes(3), "bash", "-c", commands);
  }

  /** Writes the bundle directory {@code bundle} as {@link #ARCHIVE}, under a top-level {@code bundle/}. */
  private void archive(String bundle) {
    server.sh("rm -rf /tmp/archive && mkdir -p /tmp/archive /media/usb && cp -a " + bundle + " /tmp/archive/bundle"
        + " && tar czf " + ARCHIVE + " -C /tmp/archive bundle && rm -rf /tmp/archive");
  }

  /** Runs {@code produce-apply args} and asserts its exit status, showing its output otherwise. */
  private ExecResult apply(int expected, String... args) {
    List<String> command = new ArrayList<>(List.of(APPLY));
    command.addAll(List.of(args));
    ExecResult result = server.container().execIn("/", Duration.ofMinutes(3), command.toArray(String[]::new));
    assertThat(result.exitCode()).as("produce-apply %s exit status; output:%n%s%n%s", List.of(args), result.stdout(),
        result.stderr()).isEqualTo(expected);
    return result;
  }
}
