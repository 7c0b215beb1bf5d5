package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rollback and interrupted runs as an operator with a real server meets them: a server block that
 * includes the snippet by name, edits made after the apply, a backup that no longer validates, an
 * apply killed half-way, a full disk in the site directory.
 */
@ExtendWith(SuiteClock.class)
class RollbackSafetyIT {
  private static final String VHOST = "/etc/nginx/sites-available/drupal";
  private static final String SNIPPET = "/etc/nginx/snippets/produce-drupal.conf";
  private static final String WWW_CONF = "/etc/php/8.2/fpm/pool.d/www.conf";
  private static final String SITE_DEFAULT = "/var/www/drupal/web/sites/default";

  @TempDir
  Path hostDir;

  @Test
  void rollback_keepsASnippetTheSiteIncludesByName_andNginxStillPassesItsCheck() throws Exception {
    try (Server server = Server.target()) {
      // As the bundle README says: the site's server block includes the snippet by name.
      server.sh("sed -i 's|include snippets/produce-\\*.conf;|include snippets/produce-drupal.conf;|' " + VHOST
          + " && grep -q 'include snippets/produce-drupal.conf;' " + VHOST);
      String bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));
      server.produceExpecting(0, bundle);

      ExecResult rollback = server.produceExpecting(0, bundle, "--rollback");

      assertThat(rollback.stderr()).contains("kept " + SNIPPET + ": the server's nginx configuration includes it by name");
      assertThat(rollback.stdout()).contains("removed /etc/nginx/conf.d/performance.conf", "reloaded nginx");
      assertThat(server.sh("nginx -t 2>&1; echo status=$?")).contains("status=0");
      assertThat(server.sh("test -f " + SNIPPET + " && echo kept")).isEqualTo("kept\n");
      // A full restart, as after a reboot, serves the site.
      server.sh("nginx -s quit; sleep 1; nginx");
      assertThat(server.sh("curl -sS -o /dev/null -w '%{http_code}' http://127.0.0.1/")).isEqualTo("200");
    }
  }

  @Test
  void rollback_savesFilesEditedAfterTheApply_andSaysWhere() throws Exception {
    try (Server server = Server.target()) {
      String bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));
      server.produceExpecting(0, bundle);
      server.sh("echo 'pm.status_path = /fpm-status' >> " + WWW_CONF);
      String edited = server.sh("sha256sum < " + WWW_CONF);

      ExecResult rollback = server.produceExpecting(0, bundle, "--rollback");

      Matcher saved = Pattern.compile(WWW_CONF.replace(".", "\\.")
          + " changed since produce installed it: your version is saved as (\\S+); restoring the backup")
          .matcher(rollback.stderr());
      assertThat(saved.find()).as("rollback output:%n%s", rollback.stderr()).isTrue();
      assertThat(server.sh("sha256sum < " + saved.group(1))).isEqualTo(edited);
      assertThat(server.sh("stat -c '%U:%G %a' " + saved.group(1))).isEqualTo("root:root 600\n");
      assertThat(server.sh("grep -c fpm-status " + WWW_CONF + " || true").strip()).isEqualTo("0");
    }
  }

  @Test
  void rollbackWhoseRestoredFilesFailTheirCheck_putsEverythingBack_andExits1() throws Exception {
    try (Server server = Server.target()) {
      String bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));
      server.produceExpecting(0, bundle);
      // The saved copy of Debian's www.conf no longer passes php-fpm -t.
      server.sh("copy=$(ls -d /var/backups/produce/*/files" + WWW_CONF + ") && echo 'pm = sometimes' >> \"$copy\"");
      String applied = server.snapshot();

      ExecResult rollback = server.produceExpecting(1, bundle, "--rollback");

      assertThat(rollback.stderr()).contains("php-fpm8.2 -t failed", "rollback stopped",
          "every file is as it was before the rollback; nothing was reloaded");
      assertThat(server.snapshot()).isEqualTo(applied);
      assertThat(server.sh("cat /var/backups/produce/*/state")).as("the backup stays usable").isEqualTo("applied\n");
    }
  }

  @Test
  void applyKilledHalfWay_isFlaggedByTheNextRun_andRollsBack() throws Exception {
    try (Server server = Server.target()) {
      String stock = server.snapshot();
      String bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));
      // Kill the apply as soon as its backup says "changing"; leave a temporary file as a kill between
      // creating and renaming one would.
      server.sh("cd " + bundle + " && (./produce >/tmp/apply.log 2>&1 &) ;"
          + " for i in $(seq 1 400); do grep -qs changing /var/backups/produce/*/state && break; sleep 0.01; done;"
          + " pkill -KILL -f '^bash ./produce' ; sleep 0.5; grep -s changing /var/backups/produce/*/state");
      server.sh("touch " + SITE_DEFAULT + "/.produce.AbCdEfGhIj");

      ExecResult refused = server.produceExpecting(3, bundle);
      assertThat(refused.stderr()).contains("removed " + SITE_DEFAULT + "/.produce.AbCdEfGhIj",
          "an earlier apply was interrupted before it finished", "run sudo ./produce --rollback");
      assertThat(server.sh("ls -A " + SITE_DEFAULT)).doesNotContain(".produce.");

      // A refusal for another reason (here settings.php turned into a link, as a racing www-data can
      // leave it) still names the interrupted apply, whose rollback comes first.
      String settings = SITE_DEFAULT + "/settings.php";
      server.sh("mv " + settings + " /root/settings.php.real && cp -p /root/settings.php.real /root/settings.php.copy"
          + " && sed -i '/^\\/\\/ BEGIN produce/,/^\\/\\/ END produce/d' /root/settings.php.copy"
          + " && ln -s /root/settings.php.copy " + settings);
      ExecResult linked = server.produceExpecting(3, bundle);
      assertThat(linked.stderr()).contains(settings + " is a symbolic link (to /root/settings.php.copy):"
          + " produce edits only a regular settings.php", "an earlier apply was interrupted before it finished");
      server.sh("rm " + settings + " && mv /root/settings.php.real " + settings + " && rm /root/settings.php.copy");

      server.produceExpecting(0, bundle, "--rollback");
      assertThat(server.snapshot()).isEqualTo(stock);
      server.produceExpecting(0, bundle);
    }
  }

  @Test
  void fullDiskInTheSiteDirectory_failsTheApply_andRestoresWithoutAFalseAlarm() throws Exception {
    try (Server server = new Server(ContainerTarget.of(Images.target()).tmpfs(SITE_DEFAULT, "size=64k").start())) {
      server.sh("printf '<?php\\n$databases = [];\\n$settings[\"hash_salt\"] = \"fixture\";\\n' > " + SITE_DEFAULT
          + "/settings.php && chmod 0444 " + SITE_DEFAULT + "/settings.php && chmod 0555 " + SITE_DEFAULT);
      String bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));
      server.produceExpecting(0, bundle);
      // The operator restores settings.php without produce's block; then the site's disk fills up.
      server.sh("sed -i '/^\\/\\/ BEGIN produce/,/^\\/\\/ END produce/d' " + SITE_DEFAULT + "/settings.php"
          + " && chmod u+w " + SITE_DEFAULT + " && (dd if=/dev/zero of=" + SITE_DEFAULT
          + "/filler bs=1k 2>/dev/null || true) && chmod u-w " + SITE_DEFAULT);
      String full = server.snapshot();

      ExecResult failed = server.produceExpecting(1, bundle);

      assertThat(failed.stderr()).contains("could not edit " + SITE_DEFAULT + "/settings.php", "apply failed")
          .doesNotContain("could not be restored", "could not restore");
      assertThat(failed.stdout()).contains("unchanged: " + SITE_DEFAULT + "/settings.php already is as before",
          "every changed file was restored");
      assertThat(server.snapshot()).isEqualTo(full);
    }
  }
}
