package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An air-gapped server (network mode none): apply and re-apply need nothing from outside. */
@ExtendWith(SuiteClock.class)
class OfflineIT {
  @TempDir
  Path hostDir;

  @Test
  void apply_worksWithoutNetwork() throws Exception {
    try (Server server = new Server(ContainerTarget.of(Images.target()).offline().start())) {
      assertThat(server.sh("tail -n +2 /proc/net/route")).as("no route but loopback").isEmpty();
      ServerProfile profile = Bundles.profile(1024, CacheBackend.MEMCACHE);
      String bundle = server.carry(Bundles.write(profile, hostDir, "memcache"));

      server.produceExpecting(0, bundle);
      ServiceProbes.assertServing(server, profile, "offline");
      ExecResult again = server.produceExpecting(0, bundle);

      assertThat(again.stdout()).endsWith("produce: 0 files changed, 0 services reloaded\n");
    }
  }
}
