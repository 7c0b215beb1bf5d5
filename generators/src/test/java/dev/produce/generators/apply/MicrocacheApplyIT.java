package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ExecResult;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * --microcache on one server: apply creates nginx's cache directory (Debian has no /var/cache/nginx)
 * before nginx -t, rollback and failed applies remove what apply created and nothing else, and a
 * bundle without the microcache removes the microcache snippet an earlier bundle installed. Every
 * test leaves the server's files as Debian ships them (asserted), so the tests share the container;
 * on every {@link ItPlatform}.
 */
@ExtendWith(SuiteClock.class)
@EveryPlatform
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MicrocacheApplyIT {
  private static final String PARENT = "/var/cache/nginx";
  private static final String CACHE = PARENT + "/produce-microcache";
  private static final String SNIPPET = "/etc/nginx/snippets/produce-microcache.conf";
  /** The cache directories as the server has them: path, owner and mode, or nothing. */
  private static final String DIRECTORIES = "find " + PARENT + " -maxdepth 1 -printf '%p %u:%g %m\\n' 2>/dev/null"
      + " | sort || true";

  private static final String BACKUPS = "ls -A /var/backups/produce 2>/dev/null || true";

  private final ServerProfile microcache = Bundles.microcache(4096, CacheBackend.REDIS, 5);
  private final ServerProfile plain = Bundles.profile(4096, CacheBackend.REDIS);
  @TempDir
  static Path hostDir;
  private Server server;
  private String stock;
  private String microcacheBundle;

  @BeforeAll
  void startServer() throws Exception {
    server = Server.target();
    stock = server.snapshot();
    microcacheBundle = server.carry(Bundles.write(microcache, hostDir, "microcache"));
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void serverIsStock() {
    assertThat(server.sh(DIRECTORIES)).as("no cache directory before the test").isEmpty();
  }

  @AfterEach
  void serverIsStockAgain() {
    assertThat(server.snapshot()).as("Debian's files after the test").isEqualTo(stock);
  }

  @Test
  void dryRun_onAFreshServer_saysItWouldCreateTheDirectories_andCreatesNothing() {
    String backups = server.sh(BACKUPS);
    ExecResult dryRun = server.produceExpecting(0, microcacheBundle, "--dry-run");

    assertThat(dryRun.stdout()).contains("would create " + PARENT + " (root:root 0755)",
        "would create " + CACHE + " (www-data:www-data 0700)", "--- " + SNIPPET, "nothing was changed");
    assertThat(server.sh(DIRECTORIES)).isEmpty();
    assertThat(server.sh(BACKUPS)).isEqualTo(backups);
  }

  @Test
  void apply_createsTheDirectories_servesThroughTheMicrocache_andRollbackRemovesThem() {
    ExecResult applied = server.produceExpecting(0, microcacheBundle);

    assertThat(applied.stdout()).contains("created " + PARENT + " (root:root 0755)",
        "created " + CACHE + " (www-data:www-data 0700)", "installed " + SNIPPET, "nginx -t passed");
    assertThat(applied.stdout().indexOf("created " + CACHE)).as("the directory exists before nginx -t runs")
        .isLessThan(applied.stdout().indexOf("nginx -t passed"));
    assertThat(server.sh(DIRECTORIES)).isEqualTo(PARENT + " root:root 755\n" + CACHE + " www-data:www-data 700\n");
    ServiceProbes.assertServing(server, microcache, "--microcache 5");
    assertThat(headers()).containsPattern("(?im)^X-Micro-Cache: [A-Z]+\\r?$");

    ExecResult again = server.produceExpecting(0, microcacheBundle);
    assertThat(again.stdout()).contains("unchanged: " + PARENT + "\n", "unchanged: " + CACHE + "\n")
        .endsWith("0 files changed, 0 services reloaded\n");
    assertThat(server.produceExpecting(0, microcacheBundle, "--check").stdout()).contains("the server matches the bundle");

    server.sh("chmod 0755 " + CACHE);
    ExecResult drifted = server.produceExpecting(1, microcacheBundle, "--check");
    assertThat(drifted.stdout()).contains("drift: " + CACHE + ": mode 0755, bundle says 0700");
    ExecResult repaired = server.produceExpecting(0, microcacheBundle);
    assertThat(repaired.stdout()).contains("unchanged: " + PARENT + "\n",
        "set " + CACHE + " to www-data:www-data 0700 (mode 0755, bundle says 0700)");
    assertThat(server.sh(DIRECTORIES)).isEqualTo(PARENT + " root:root 755\n" + CACHE + " www-data:www-data 700\n");

    // Two applies changed something: the repair, then the first one.
    ExecResult undoRepair = server.produceExpecting(0, microcacheBundle, "--rollback");
    assertThat(undoRepair.stdout()).contains("restored the owner and mode of " + CACHE);
    assertThat(server.sh(DIRECTORIES)).isEqualTo(PARENT + " root:root 755\n" + CACHE + " www-data:www-data 755\n");
    ExecResult rolledBack = server.produceExpecting(0, microcacheBundle, "--rollback");

    assertThat(rolledBack.stdout()).contains("removed " + SNIPPET + " (it did not exist before)",
        "removed " + CACHE + " and its content (it did not exist before)",
        "removed " + PARENT + " (it did not exist before)", "reloaded nginx");
    assertThat(server.sh(DIRECTORIES)).isEmpty();
    ServiceProbes.assertServing(server, plain, "after the rollback");
    assertThat(headers()).doesNotContainIgnoringCase("X-Micro-Cache");
  }

  @Test
  void rollback_keepsAParentDirectoryThatExistedBefore_withItsContent() {
    server.sh("mkdir -m 0755 " + PARENT + " && echo kept > " + PARENT + "/operator-file");

    ExecResult applied = server.produceExpecting(0, microcacheBundle);
    server.sh("test -d " + CACHE);
    ExecResult rolledBack = server.produceExpecting(0, microcacheBundle, "--rollback");

    assertThat(applied.stdout()).contains("unchanged: " + PARENT + "\n", "created " + CACHE);
    assertThat(rolledBack.stdout()).contains("removed " + CACHE + " and its content (it did not exist before)")
        .doesNotContain("removed " + PARENT + " ");
    assertThat(server.sh(DIRECTORIES)).isEqualTo(PARENT + " root:root 755\n" + PARENT + "/operator-file root:root 644\n");
    assertThat(server.sh("cat " + PARENT + "/operator-file")).isEqualTo("kept\n");
    ServiceProbes.assertServing(server, plain, "after the rollback");
    server.sh("rm -r " + PARENT);
  }

  @Test
  void failedApply_leavesNoDirectoryBehind() throws Exception {
    Path broken = Bundles.write(microcache, hostDir, "microcache-broken-nginx");
    BundleTampering.append(broken, "files/etc/nginx/conf.d/performance.conf", "bogus_directive on;\n");
    BundleTampering.resign(broken);

    ExecResult failed = server.produceExpecting(1, server.carry(broken));

    assertThat(failed.stdout()).contains("created " + CACHE, "removed " + CACHE + " and its content",
        "removed " + PARENT + " (it did not exist before)");
    assertThat(failed.stderr()).contains("nginx -t failed", "unknown directive \"bogus_directive\"", "apply failed");
    assertThat(server.sh(DIRECTORIES)).isEmpty();
  }

  @Test
  void bundleWithoutMicrocache_removesTheMicrocacheSnippet_andRollbackBringsItBack() throws Exception {
    server.produceExpecting(0, microcacheBundle);
    String plainBundle = server.carry(Bundles.write(plain, hostDir, "plain"));

    ExecResult dryRun = server.produceExpecting(0, plainBundle, "--dry-run");
    assertThat(dryRun.stdout()).contains("would remove " + SNIPPET);
    ExecResult drift = server.produceExpecting(1, plainBundle, "--check");
    assertThat(drift.stdout()).contains("drift: " + SNIPPET + ": installed by an earlier bundle");

    ExecResult switched = server.produceExpecting(0, plainBundle);

    assertThat(switched.stdout()).contains("removed " + SNIPPET + " (installed by an earlier bundle",
        "nginx -t passed", "reloaded nginx");
    server.sh("test ! -e " + SNIPPET);
    ServiceProbes.assertServing(server, plain, "without the microcache");
    assertThat(headers()).doesNotContainIgnoringCase("X-Micro-Cache");
    assertThat(server.produceExpecting(0, plainBundle, "--check").stdout()).contains("the server matches the bundle");
    assertThat(server.produceExpecting(0, plainBundle).stdout()).endsWith("0 files changed, 0 services reloaded\n");

    ExecResult back = server.produceExpecting(0, plainBundle, "--rollback");
    assertThat(back.stdout()).contains("restored " + SNIPPET, "reloaded nginx");
    ServiceProbes.assertServing(server, microcache, "microcache again after the rollback");
    assertThat(headers()).containsPattern("(?im)^X-Micro-Cache: ");

    server.produceExpecting(0, plainBundle, "--rollback");
    assertThat(server.sh(DIRECTORIES)).isEmpty();
  }

  /** The response headers of the site's front page. */
  private String headers() {
    return server.sh("curl -sS -D - -o /dev/null http://127.0.0.1/");
  }
}
