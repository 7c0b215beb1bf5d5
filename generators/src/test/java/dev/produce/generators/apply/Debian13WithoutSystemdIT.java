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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian 13 without systemd (containers, WSL), one server in order: a memcache bundle applied where
 * Debian's memcached does not run (its stock file listens on {@code ::1} too, which this host lacks)
 * and rolled back: the file restored, and memcached, which cannot start with it, stopped as it was. Then the Redis-to-Valkey switch:
 * {@code redis-server} runs as a plain process on 6379, the apply stops it and starts Valkey;
 * {@code --rollback} stops Valkey and starts Redis again, as user redis, with its own file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SuiteClock.class)
class Debian13WithoutSystemdIT {
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

  @Order(1)
  @Test
  void memcacheRollback_leavesMemcachedStopped_asBeforeTheApply() throws Exception {
    String stock = server.sh("stat -c '%U:%G %a' /etc/memcached.conf; sha256sum /etc/memcached.conf");
    assertThat(server.container().exec("pgrep", "-x", "memcached").exitCode()).as("memcached before").isNotZero();
    String bundle = server.carry(Bundles.write(
        Profiles.compute(Inputs.builder().memoryMb(1024).cache(CacheBackend.MEMCACHE).build()), hostDir, "memcache"));
    server.produceExpecting(0, bundle);
    assertThat(server.container().exec("pgrep", "-x", "memcached").exitCode()).as("memcached applied").isZero();

    ExecResult rolledBack = server.produceExpecting(0, bundle, "--rollback");

    assertThat(rolledBack.stdout() + rolledBack.stderr()).contains("memcached does not start with the restored files;"
        + " it did not run before the apply either, so it stays stopped");
    assertThat(server.sh("stat -c '%U:%G %a' /etc/memcached.conf; sha256sum /etc/memcached.conf")).isEqualTo(stock);
    assertThat(server.container().exec("pgrep", "-x", "memcached").exitCode()).as("memcached after").isNotZero();
  }

  @Order(2)
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
