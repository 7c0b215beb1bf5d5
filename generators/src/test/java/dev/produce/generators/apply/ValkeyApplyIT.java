package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.model.RedisProfile;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.nio.file.Path;
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
 * {@code --cache valkey} on Debian 13's target image: the bundle installs {@code valkey.conf}, starts
 * {@code valkey-server} as user valkey, and Valkey runs with Redis's sizing, loopback binding and no
 * persistence, answering its own client; a second apply changes nothing and a rollback restores
 * Debian's file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SuiteClock.class)
class ValkeyApplyIT {
  private static final String CLI = "valkey-cli -h 127.0.0.1 -p 6379 ";

  @TempDir
  Path hostDir;
  private Server server;
  private ServerProfile profile;
  private String bundle;
  private String debiansValkeyConf;

  @BeforeAll
  void startServer() {
    server = new Server(ContainerTarget.of(Images.target(Images.Suite.TRIXIE)).start());
    profile = Profiles.compute(Inputs.builder().memoryMb(2048).cache(CacheBackend.VALKEY).build());
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Order(1)
  @Test
  void apply_startsValkeyWithTheComputedValues() throws Exception {
    debiansValkeyConf = server.sh("stat -c '%U:%G %a' /etc/valkey/valkey.conf; sha256sum /etc/valkey/valkey.conf");
    bundle = server.carry(Bundles.write(profile, hostDir, "valkey"));

    ExecResult applied = server.produceExpecting(0, bundle);

    assertThat(applied.stdout()).contains("valkey-server accepts /etc/valkey/valkey.conf", "produce: healthy: ")
        .contains("php8.4-fpm");
    assertThat(server.sh(CLI + "ping").strip()).isEqualTo("PONG");
    assertThat(server.sh(CLI + "info server | tr -d '\\r'")).contains("server_mode:standalone");
    RedisProfile valkey = profile.redis().orElseThrow();
    assertThat(server.sh(CLI + "config get maxmemory | sed -n 2p").strip())
        .isEqualTo(String.valueOf(valkey.maxmemoryBytes()));
    assertThat(server.sh(CLI + "config get maxmemory-policy | sed -n 2p").strip()).isEqualTo("volatile-lru");
    assertThat(server.sh(CLI + "config get save | sed -n 2p").strip()).isEmpty();
    assertThat(server.sh(CLI + "config get appendonly | sed -n 2p").strip()).isEqualTo("no");
    assertThat(server.sh(CLI + "config get protected-mode | sed -n 2p").strip()).isEqualTo("yes");
    assertThat(server.sh(CLI + "config get bind | sed -n 2p").strip()).isEqualTo(valkey.bind());
    assertThat(server.sh("ps -C valkey-server -o user= | sort -u").strip()).isEqualTo("valkey");
    assertThat(server.sh("stat -c '%U:%G %a' /etc/valkey/valkey.conf").strip()).isEqualTo("valkey:valkey 640");
    assertThat(server.container().exec("pgrep", "-x", "redis-server").exitCode()).as("redis-server not started")
        .isNotZero();
  }

  @Order(2)
  @Test
  void secondApply_changesNothing_andCheckSeesNoDrift() {
    ExecResult again = server.produceExpecting(0, bundle);

    assertThat(again.stdout()).endsWith("produce: 0 files changed, 0 services reloaded\n");
    assertThat(server.produceExpecting(0, bundle, "--check").stdout())
        .contains("produce: the server matches the bundle");
  }

  @Order(3)
  @Test
  void rollback_restoresDebiansValkeyConf_andValkeyStillAnswers() {
    server.produceExpecting(0, bundle, "--rollback");

    assertThat(server.sh("stat -c '%U:%G %a' /etc/valkey/valkey.conf; sha256sum /etc/valkey/valkey.conf"))
        .isEqualTo(debiansValkeyConf);
    assertThat(server.sh(CLI + "ping").strip()).isEqualTo("PONG");
  }
}
