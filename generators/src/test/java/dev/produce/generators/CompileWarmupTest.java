package dev.produce.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.render.Bundle;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The compile's warm-up thread never holds the JVM open and never changes a bundle. (That it pays is
 * measured by {@code bin/bench-startup}, not asserted here; that a fresh JVM's compile with it
 * running writes the same bytes is {@code ProduceCompileLauncherIT}'s.)
 */
class CompileWarmupTest {
  @Test
  void start_runsOnADaemonThreadThatFinishes() throws InterruptedException {
    Thread warmup = CompileWarmup.start();

    assertThat(warmup.isDaemon()).as("a daemon: an exit never waits for it").isTrue();
    assertThat(warmup.getName()).isEqualTo("produce-compile-warmup");
    warmup.join(TimeUnit.MINUTES.toMillis(1));
    assertThat(warmup.isAlive()).as("finished within a minute").isFalse();
  }

  @Test
  void compileWhileWarmingUp_sameBundleAsAlone() throws InterruptedException {
    Bundle alone = Generators.bundle(TestProfiles.memcache());

    Thread warmup = CompileWarmup.start();
    Bundle beside = Generators.bundle(TestProfiles.memcache());
    warmup.join(TimeUnit.MINUTES.toMillis(1));

    assertThat(beside).isEqualTo(alone);
  }
}
