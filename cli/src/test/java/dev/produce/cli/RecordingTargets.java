package dev.produce.cli;

import dev.produce.cli.verify.TargetFactory;
import dev.produce.verifier.run.LocalTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link TargetFactory} whose targets are this host ({@link LocalTarget}) and which records
 * every target it started and whether each was closed, so tests can prove what produce-verify
 * starts and that it closes all of it. Commands see {@code PRODUCE_TEST_OFFLINE=yes} on targets
 * started offline.
 */
final class RecordingTargets implements TargetFactory {

  /** One started target. */
  static final class Started implements Target, AutoCloseable {
    final boolean offline;
    private final Target target;
    int closeCount;

    Started(boolean offline) {
      this.offline = offline;
      this.target = new LocalTarget(offline ? Map.of("PRODUCE_TEST_OFFLINE", "yes") : Map.of());
    }

    @Override
    public ExecResult execIn(String workDir, Duration timeout, String... command) {
      return target.execIn(workDir, timeout, command);
    }

    @Override
    public String readFile(String path) {
      return target.readFile(path);
    }

    @Override
    public void copyIn(Path hostDir, String containerPath) {
      target.copyIn(hostDir, containerPath);
    }

    @Override
    public void copyOut(String containerPath, Path hostFile) {
      target.copyOut(containerPath, hostFile);
    }

    @Override
    public String logs() {
      return "target log line";
    }

    @Override
    public void close() {
      closeCount++;
    }

    @Override
    public String toString() {
      return offline ? "this host (offline)" : "this host";
    }
  }

  final List<Started> started = new ArrayList<>();

  @Override
  public Target start(boolean offline) {
    Started target = new Started(offline);
    started.add(target);
    return target;
  }
}
