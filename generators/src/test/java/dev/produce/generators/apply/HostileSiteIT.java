package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.verifier.container.ExecResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The apply runs as root on a server where other users can write: {@code www-data} (or a deploy
 * user) owning the site's {@code sites/default}, a world-writable {@code /run/lock}. Each test
 * plays that user and proves root never writes, re-owns or reads for them a file they pointed it to.
 */
@ExtendWith(SuiteClock.class)
class HostileSiteIT {
  private static final String SITE_DEFAULT = "/var/www/drupal/web/sites/default";
  private static final String SETTINGS = SITE_DEFAULT + "/settings.php";
  private static final String SECRET = "/root/secret";
  /** As www-data: replaces every produce temporary file in sites/default by a link to root's secret. */
  private static final String RACER = "setpriv --reuid=33 --regid=33 --clear-groups setsid bash -c '"
      + "while :; do for f in " + SITE_DEFAULT + "/.produce.*; do [ -L \"$f\" ] && continue; [ -e \"$f\" ] || continue;"
      + " rm -f \"$f\"; ln -s " + SECRET + " \"$f\"; done; done' </dev/null >/dev/null 2>&1 &";

  @TempDir
  Path hostDir;

  @Test
  void wwwDataSwappingTemporaryFiles_neverGetsRootToWriteOrReownAnotherFile() throws Exception {
    try (Server server = Server.target()) {
      server.sh("chown -R www-data:www-data " + SITE_DEFAULT + " && chmod 0755 " + SITE_DEFAULT
          + " && umask 077 && echo TOPSECRET > " + SECRET);
      String secret = secretState(server);
      String bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));
      server.sh(RACER);
      try {
        for (int run = 1; run <= 3; run++) {
          ExecResult result = server.produce(bundle);
          assertThat(secretState(server)).as("root's file after run %d:%n%s%n%s", run, result.stdout(),
              result.stderr()).isEqualTo(secret);
          assertThat(result.exitCode()).as("run %d:%n%s%n%s", run, result.stdout(), result.stderr()).isIn(0, 1, 3);
          if (result.exitCode() == 0) {
            assertRegularWithInclude(server);
          } else if (result.exitCode() == 1) {
            assertThat(result.stderr()).contains("was swapped while produce installed it");
          } else {
            // The racer also swapped a file while the failed run restored it: that run's backup stays
            // "changing", and the next apply refuses until an operator rolls back (as below).
            assertThat(result.stderr()).as("run %d", run).contains("an earlier apply was interrupted before it finished");
          }
        }
      } finally {
        server.sh("pkill -u www-data bash || true");
      }
      // The operator removes what the attacker left; the next apply finishes and the site is wired.
      server.sh("find " + SITE_DEFAULT + " -maxdepth 1 -type l -delete");
      server.produceExpecting(0, bundle, "--rollback");
      server.produceExpecting(0, bundle);
      assertRegularWithInclude(server);
      assertThat(secretState(server)).isEqualTo(secret);
    }
  }

  @Test
  void settingsPhpAsSymbolicLink_isRefusedUntilTheBlockIsAddedByHand_andTheLinkIsKept() throws Exception {
    try (Server server = Server.target()) {
      // A Capistrano/Deployer layout: settings.php links to a shared file holding the credentials.
      server.sh("mkdir -p /var/www/shared && mv " + SETTINGS + " /var/www/shared/settings.php"
          + " && chmod 0640 /var/www/shared/settings.php && chgrp www-data /var/www/shared/settings.php"
          + " && chmod u+w " + SITE_DEFAULT + " && ln -s /var/www/shared/settings.php " + SETTINGS
          + " && chmod u-w " + SITE_DEFAULT);
      String before = server.snapshot();
      String shared = server.sh("stat -c '%U:%G %a' /var/www/shared/settings.php; sha256sum /var/www/shared/settings.php");
      String bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));

      ExecResult refused = server.produceExpecting(3, bundle);
      assertThat(refused.stderr()).contains(SETTINGS + " is a symbolic link (to /var/www/shared/settings.php)",
          "nothing was changed");
      assertThat(server.snapshot()).isEqualTo(before);
      assertThat(server.hasBackups()).isFalse();

      ExecResult dryRun = server.produceExpecting(0, bundle, "--dry-run");
      assertThat(dryRun.stdout()).contains("is a symbolic link: apply will not edit it", "+// BEGIN produce");

      // The operator adds the block to the shared file by hand; produce then applies and never edits it.
      String block = dryRun.stdout().lines().dropWhile(line -> !line.startsWith("+// BEGIN produce"))
          .takeWhile(line -> line.startsWith("+")).map(line -> line.substring(1)).reduce("", (a, b) -> a + b + "\n");
      server.sh("cat >> /var/www/shared/settings.php <<'PHP'\n\n" + block + "PHP\n");
      String edited = server.sh("stat -c '%U:%G %a' /var/www/shared/settings.php; sha256sum /var/www/shared/settings.php");
      assertThat(edited).isNotEqualTo(shared);

      ExecResult applied = server.produceExpecting(0, bundle);
      assertThat(applied.stdout()).contains("unchanged: " + SETTINGS + " (a symbolic link");
      assertThat(server.sh("readlink " + SETTINGS).strip()).isEqualTo("/var/www/shared/settings.php");
      assertThat(server.sh("stat -c '%U:%G %a' /var/www/shared/settings.php; sha256sum /var/www/shared/settings.php"))
          .isEqualTo(edited);

      server.produceExpecting(0, bundle, "--rollback");
      assertThat(server.sh("readlink " + SETTINGS).strip()).isEqualTo("/var/www/shared/settings.php");
      assertThat(server.sh("stat -c '%U:%G %a' /var/www/shared/settings.php; sha256sum /var/www/shared/settings.php"))
          .isEqualTo(edited);
    }
  }

  @Test
  void lockHeldOrPlantedByWwwDataInRunLock_neitherBlocksNorRedirectsProduce() throws Exception {
    try (Server server = Server.target()) {
      String shadow = server.sh("stat -c '%U:%G %a %s' /etc/shadow; sha256sum /etc/shadow");
      String asWwwData = "setpriv --reuid=33 --regid=33 --clear-groups ";
      server.sh("mkdir -p /run/lock && chmod 1777 /run/lock && " + asWwwData + "touch /run/lock/produce.lock"
          + " && (" + asWwwData + "setsid flock /run/lock/produce.lock sleep 600 </dev/null >/dev/null 2>&1 &)"
          + " && sleep 0.5");
      String bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));

      server.produceExpecting(0, bundle);

      server.sh("pkill -u www-data flock; rm -f /run/lock/produce.lock && " + asWwwData
          + "ln -s /etc/shadow /run/lock/produce.lock");
      server.produceExpecting(0, bundle, "--rollback");

      assertThat(server.sh("stat -c '%U:%G %a %s' /etc/shadow; sha256sum /etc/shadow")).isEqualTo(shadow);
      assertThat(server.sh("stat -c '%U:%G %a %F' /run/produce /run/produce/lock"))
          .isEqualTo("root:root 700 directory\nroot:root 644 regular empty file\n");
      assertThat(server.sh("ls -A /run/produce")).as("no scratch directory stays behind").isEqualTo("lock\n");
    }
  }

  private static String secretState(Server server) {
    return server.sh("stat -c '%U:%G %a %F' " + SECRET + "; cat " + SECRET);
  }

  private static void assertRegularWithInclude(Server server) {
    assertThat(server.sh("stat -c '%F' " + SETTINGS + " " + SITE_DEFAULT + "/settings.produce.php"))
        .isEqualTo("regular file\nregular file\n");
    assertThat(server.sh("grep -c '^// BEGIN produce' " + SETTINGS).strip()).isEqualTo("1");
    assertThat(server.sh("stat -c '%U:%G %a' " + SETTINGS)).isEqualTo("www-data:www-data 444\n");
  }
}
