package dev.produce.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every target produce-verify starts is closed exactly once: at the end, by the runner, or on Ctrl-C. */
class OpenTargetsTest {
  private final StringWriter err = new StringWriter();
  private final List<CountingTarget> started = new ArrayList<>();
  private final TargetFactory factory = offline -> {
    CountingTarget target = new CountingTarget();
    started.add(target);
    return target;
  };

  @Test
  void close_closesEveryTargetOnce_evenOnesTheirUserClosedAlready() throws Exception {
    try (OpenTargets open = OpenTargets.withoutShutdownHook(new PrintWriter(err, true))) {
      open.start(factory, false);
      Target offline = open.start(factory, true);
      ((AutoCloseable) offline).close();
      ((AutoCloseable) offline).close();
      assertThat(open.started()).isEqualTo(2);
    }

    assertThat(started).extracting(t -> t.closed).containsExactly(1, 1);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void shutdownHook_marksTheRunStopping_saysSo_andClosesWhatIsOpen() {
    OpenTargets open = OpenTargets.withoutShutdownHook(new PrintWriter(err, true));
    open.start(factory, false);
    Target second = open.start(factory, true);
    second.execIn("/", Duration.ofSeconds(1), "true");

    open.closeOnShutdown();
    open.close();

    assertThat(open.stopping()).isTrue();
    assertThat(err.toString()).isEqualTo("produce-verify: interrupted; removing 2 containers\n");
    assertThat(started).extracting(t -> t.closed).containsExactly(1, 1);
    assertThat(started.get(1).commands).isEqualTo(1);
  }

  @Test
  void aTargetThatFailsToClose_isReported_andTheOthersAreStillClosed() {
    OpenTargets open = OpenTargets.withoutShutdownHook(new PrintWriter(err, true));
    open.start(offline -> new CountingTarget() {
      @Override
      public void close() {
        throw new IllegalStateException("docker rm failed");
      }

      @Override
      public String toString() {
        return "the broken one";
      }
    }, false);
    open.start(factory, true);

    open.close();

    assertThat(err.toString()).isEqualTo("produce-verify: could not remove the broken one: docker rm failed\n");
    assertThat(started).singleElement().satisfies(t -> assertThat(t.closed).isEqualTo(1));
  }

  /** A target that counts what is done to it. */
  private static class CountingTarget implements Target, AutoCloseable {
    int closed;
    int commands;

    @Override
    public ExecResult execIn(String workDir, Duration timeout, String... command) {
      commands++;
      return new ExecResult(0, "", "", Duration.ZERO);
    }

    @Override
    public String readFile(String path) {
      return "";
    }

    @Override
    public void copyIn(Path hostDir, String containerPath) {}

    @Override
    public void copyOut(String containerPath, Path hostFile) {}

    @Override
    public String logs() {
      return "";
    }

    @Override
    public void close() {
      closed++;
    }
  }
}
