package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What produce refuses before changing anything, and the server without a Drupal site. */
@ExtendWith(SuiteClock.class)
class PreflightIT {

  @TempDir
  Path hostDir;

  @Test
  void bareServer_isRefusedNamingEveryMissingPackage() throws Exception {
    try (Server server = new Server(ContainerTarget.startBare())) {
      String bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.REDIS), hostDir, "redis"));

      ExecResult refused = server.produceExpecting(3, bundle);

      assertThat(refused.stderr()).contains(
          "required packages missing: nginx php8.2-fpm php8.2-apcu redis-server php8.2-redis",
          "refusing to apply", "nothing was changed");
      assertThat(server.hasBackups()).isFalse();
      assertThat(server.container().exec("test", "-e", "/etc/nginx").exitCode()).isEqualTo(1);
    }
  }

  @Test
  void missingSite_isRefusedWithRequireSite_andOtherwiseGetsEverythingElseAndAWarning() throws Exception {
    try (Server server = Server.target()) {
      ServerProfile profile = Bundles.withSiteRoot(1024, CacheBackend.MEMCACHE, "/srv/drupal");
      String bundle = server.carry(Bundles.write(profile, hostDir, "elsewhere"));
      String before = server.snapshot();

      ExecResult refused = server.produceExpecting(3, bundle, "--require-site");
      assertThat(refused.stderr()).contains("Drupal site not found: /srv/drupal/web/sites/default/settings.php"
          + " does not exist (--require-site)");
      assertThat(server.snapshot()).isEqualTo(before);
      assertThat(server.hasBackups()).isFalse();

      ExecResult applied = server.produceExpecting(0, bundle);
      assertThat(applied.stderr()).contains("warning: Drupal site not found");
      assertThat(applied.stdout()).contains("installed /etc/memcached.conf",
          "installed /etc/tmpfiles.d/memcached.conf", "6 files changed");
      assertThat(server.container().exec("test", "-e", "/srv/drupal").exitCode()).isEqualTo(1);
      ServiceProbes.assertServing(server, profile, "without the compiled site root");
    }
  }

  @Test
  void nonRoot_isRefused() throws Exception {
    try (Server server = Server.target()) {
      String bundle = server.carry(Bundles.write(Bundles.profile(2048, CacheBackend.NONE), hostDir, "none"));

      ExecResult refused = server.container().execIn(bundle, java.time.Duration.ofMinutes(1),
          "setpriv", "--reuid=33", "--regid=33", "--clear-groups", "./produce");

      assertThat(refused.exitCode()).isEqualTo(3);
      assertThat(refused.stderr()).contains("must run as root (sudo ./produce)");
      assertThat(server.hasBackups()).isFalse();
    }
  }
}
