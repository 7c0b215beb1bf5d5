package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.format.verification.CommandSpec;
import dev.produce.format.verification.Level;
import dev.produce.format.verification.Section;
import dev.produce.generators.meta.verification.VerificationPlan;
import dev.produce.model.CacheBackend;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server without an init (PID 1 is {@code sleep}, as in a container started without
 * {@code --init}): a daemon that exits stays a zombie, since nothing reaps it. Zombies must never
 * count as running: not in the stop-wait of a restart, not when apply asks whether a service runs,
 * not in the generated check of PHP-FPM's workers.
 */
@ExtendWith(SuiteClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoInitZombiesIT {
  private static final String FPM = "php-fpm8.2";
  private static final String FPM_SERVICE = "php8.2-fpm";
  /** The state letters of the processes named NAME, one per line. */
  private static final String STATES = "ps -C %s -o stat= | cut -c1";

  private final ServerProfile first = Bundles.profile(2048, CacheBackend.REDIS);
  private final ServerProfile second = Bundles.profile(4096, CacheBackend.REDIS);
  @TempDir
  static Path hostDir;
  private Server server;
  private String secondBundle;

  @BeforeAll
  void startServerWithoutInit() throws Exception {
    server = new Server(ContainerTarget.of(Images.target()).withoutInit().start());
    assertThat(server.sh("cat /proc/1/comm").strip()).isEqualTo("sleep");
    server.produceExpecting(0, server.carry(Bundles.write(first, hostDir, "first")));
    secondBundle = server.carry(Bundles.write(second, hostDir, "second"));
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void restartingRedis_doesNotWaitOnTheZombieItLeaves() {
    ExecResult applied = server.produceExpecting(0, secondBundle);

    assertThat(applied.stdout() + applied.stderr()).contains("restarted redis-server")
        .doesNotContain("did not stop within 30 s");
    assertThat(server.sh("redis-cli -p 6379 config get maxmemory | sed -n 2p").strip())
        .isEqualTo(String.valueOf(second.redis().orElseThrow().maxmemoryBytes()));
    assertThat(server.sh(STATES.formatted("redis-server")).lines())
        .as("the old redis-server is a zombie, the new one runs").contains("Z").anyMatch(s -> !s.equals("Z"));
  }

  @Test
  @Order(2)
  void aZombiePhpFpm_isNotRunning_andTheWorkerCheckSkipsItsMaster() {
    server.sh("kill -KILL $(pgrep -x " + FPM + "); until ! ps -C " + FPM + " -o stat= | grep -qv '^Z'; do"
        + " sleep 0.1; done");

    ExecResult applied = server.produceExpecting(0, secondBundle);

    assertThat(applied.stdout() + applied.stderr()).contains(FPM_SERVICE + " is not running", "started " + FPM_SERVICE);
    assertThat(server.sh(STATES.formatted(FPM)).lines())
        .as("the killed master and workers are zombies, a new master runs").contains("Z").anyMatch(s -> !s.equals("Z"));
    String check = workerCheck();
    // From the bundle root, as produce-verify runs it: the check calls scripts/lib/probes.sh.
    ExecResult checked = server.container().execIn(secondBundle, Duration.ofSeconds(30), "bash", "-c", check);
    assertThat(checked.exitCode()).as("%s%n%s%s", check, checked.stdout(), checked.stderr()).isZero();
  }

  /** The generated check that PHP-FPM's master runs workers started after its files last changed. */
  private String workerCheck() {
    return VerificationPlan.of(second).stream().filter(s -> s.name().equals("php_fpm"))
        .map(Section::items).flatMap(java.util.List::stream)
        .flatMap(item -> item.declaredAt(Level.THOROUGH).stream()).map(CommandSpec::cmd)
        .filter(cmd -> cmd.contains("probe_workers_reloaded")).findFirst().orElseThrow();
  }
}
