package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.format.verification.CommandSpec;
import dev.produce.format.verification.Item;
import dev.produce.format.verification.Section;
import dev.produce.format.verification.SpecLoader;
import dev.produce.format.verification.VerificationSpec;
import dev.produce.verifier.container.ExecResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated checks of a memcache bundle's Drupal wiring can fail, each for its fault, on one
 * server where the bundle was applied: the memcached connection check (through the site's own
 * settings) turns red with memcached stopped, the APCu check with PHP-FPM running without APCu,
 * and preflight refuses a server without the APCu package. Each check is taken from the bundle's
 * {@code .verification.yml} and run as the verifier runs it ({@code bash -c} in the bundle).
 */
@ExtendWith(SuiteClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DrupalCacheChecksIT {
  private static final String SITE = "/var/www/drupal/web";
  private static final String MODULE = SITE + "/modules/contrib/memcache";
  private static final String START_MEMCACHED =
      "/usr/share/memcached/scripts/start-memcached /etc/memcached.conf /run/memcached/memcached.pid";
  /** The APCu check bundles carried before: it passed whenever PHP-FPM had no APCu at all. */
  private static final String EARLIER_APCU_CHECK =
      "! php-fpm8.2 -m | grep -qx apcu || php-fpm8.2 -i | grep -E '^apc\\.shm_size => 32M => 32M$'";

  @TempDir
  static Path hostDir;
  private static Server server;
  private static VerificationSpec spec;
  private static String bundle;

  @BeforeAll
  static void applyMemcacheBundle() throws Exception {
    Path host = Bundles.write(Bundles.profile(2048, CacheBackend.MEMCACHE), hostDir, "memcache");
    spec = SpecLoader.load(host.resolve(".verification.yml")).orThrow();
    server = Server.target();
    bundle = server.carry(host);
    server.produceExpecting(0, bundle);
  }

  @AfterAll
  static void close() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void memcacheConnectionCheck_isGreenWithMemcached_andRedWithMemcachedStopped() {
    String check = command("drupal", "Drupal's cache reaches memcached", "new Memcached()");

    ExecResult noModule = run(check);
    assertThat(noModule.exitCode()).as(noModule.stderr()).isZero();
    assertThat(noModule.stdout()).contains("no memcache module");

    server.sh("mkdir -p " + MODULE + " && touch " + MODULE + "/memcache.services.yml");
    ExecResult up = run(check);
    assertThat(up.exitCode()).as(up.stdout() + up.stderr()).isZero();
    assertThat(up.stdout()).contains("memcached at /run/memcached/memcached.sock held produce_var_www_drupal-produce-verify-");

    server.sh("kill \"$(cat /run/memcached/memcached.pid)\"; for i in $(seq 50); do"
        + " pgrep -x memcached >/dev/null || exit 0; sleep 0.1; done; exit 1");
    try {
      ExecResult down = run(check);
      assertThat(down.exitCode()).as("memcached stopped: %s", down.stdout()).isNotZero();
      assertThat(down.stderr()).contains("writing to memcached at /run/memcached/memcached.sock failed");
    } finally {
      server.sh(START_MEMCACHED);
    }
    ExecResult again = run(check);
    assertThat(again.exitCode()).as(again.stdout() + again.stderr()).isZero();
  }

  @Test
  @Order(2)
  void apcuCheck_isRedWhenPhpFpmRunsWithoutApcu() {
    String check = command("php_fpm", "PHP-FPM (not the CLI) reads", "APCu Support");
    assertThat(run(check).exitCode()).as("APCu loaded").isZero();

    server.sh("mv /etc/php/8.2/fpm/conf.d/20-apcu.ini /root/20-apcu.ini");
    try {
      assertThat(run(check).exitCode()).as("PHP-FPM without APCu").isNotZero();
      assertThat(run(EARLIER_APCU_CHECK).exitCode()).as("the earlier check without APCu").isZero();
    } finally {
      server.sh("mv /root/20-apcu.ini /etc/php/8.2/fpm/conf.d/20-apcu.ini");
    }
  }

  @Test
  @Order(3)
  void preflight_refusesAServerWithoutTheApcuPackage() {
    server.sh("dpkg --remove --force-depends php8.2-apcu >/dev/null 2>&1; ! dpkg-query -W -f='${Status}' php8.2-apcu"
        + " | grep -q 'install ok installed'");

    ExecResult refused = server.produceExpecting(3, bundle);

    assertThat(refused.stderr()).contains("required packages missing: php8.2-apcu", "nothing was changed");
  }

  /** The command of {@code section}'s item starting with {@code itemStart} that contains {@code fragment}. */
  private static String command(String section, String itemStart, String fragment) {
    return spec.sections().stream().filter(s -> s.name().equals(section)).map(Section::items)
        .flatMap(items -> items.stream()).filter(item -> item.text().startsWith(itemStart))
        .map(Item::commands).flatMap(commands -> commands.stream()).map(CommandSpec::cmd)
        .filter(cmd -> cmd.contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no check " + section + " › " + itemStart + " › " + fragment));
  }

  private static ExecResult run(String cmd) {
    return server.container().execIn(bundle, Duration.ofMinutes(1), "bash", "-c", cmd);
  }
}
