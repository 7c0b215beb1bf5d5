package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Redis-to-Valkey switch without systemd (containers, WSL): a Debian 13 server whose
 * {@code redis-server} runs as a plain process on 6379. The apply stops that process and starts
 * Valkey; {@code --rollback} stops Valkey and starts Redis again, as user redis, with its own file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SuiteClock.class)
class ValkeyWithoutSystemdIT {
  @TempDir
  Path hostDir;
  private Server server;

  @BeforeAll
  void startServer() {
    server = new Server(ContainerTarget.of(Images.target(Images.Suite.TRIXIE)).start());
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void apply_stopsTheRunningRedis_andRollbackStartsItAgain() throws Exception {
    server.sh("install -d -o redis -g redis -m 2755 /run/redis && setpriv --reuid=redis --regid=redis --init-groups"
        + " -- redis-server /etc/redis/redis.conf --daemonize yes --supervised no && sleep 0.5"
        + " && redis-cli -h 127.0.0.1 -p 6379 ping");
    String bundle = server.carry(Bundles.write(
        Profiles.compute(Inputs.builder().memoryMb(1024).cache(CacheBackend.VALKEY).build()), hostDir, "valkey"));

    ExecResult applied = server.produceExpecting(0, bundle);

    assertThat(applied.stdout()).contains("stopped redis-server: redis-server holds port 6379", "started valkey-server");
    assertThat(server.container().exec("pgrep", "-x", "redis-server").exitCode()).as("redis-server stopped")
        .isNotZero();
    assertThat(server.sh("valkey-cli -h 127.0.0.1 -p 6379 info server | tr -d '\\r'"))
        .contains("server_mode:standalone");

    ExecResult rolledBack = server.produceExpecting(0, bundle, "--rollback");

    assertThat(rolledBack.stdout()).contains("stopped valkey-server, which did not run before the apply",
        "started redis-server again, as it ran before the apply");
    assertThat(server.container().exec("pgrep", "-x", "valkey-server").exitCode()).as("valkey-server stopped")
        .isNotZero();
    assertThat(server.sh("ps -C redis-server -o user= | sort -u").strip()).isEqualTo("redis");
    assertThat(server.sh("redis-cli -h 127.0.0.1 -p 6379 info server | tr -d '\\r'")).contains("redis_mode:standalone");
  }
}
