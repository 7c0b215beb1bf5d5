package dev.produce.cli.verify;

import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A target that is closed at most once, by whichever of its owners closes it first. */
final class TrackedTarget implements Target, AutoCloseable {

  private final Target target;
  private final AtomicBoolean closed = new AtomicBoolean();

  TrackedTarget(Target target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  boolean closed() {
    return closed.get();
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
    return target.logs();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && target instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * {@code container 1a2b3c4d5e6f from produce/target:86c90d7942b5 (systemd, no network)}, or the target's own
   * text.
   */
  @Override
  public String toString() {
    if (target instanceof ContainerTarget container && container.containerId() != null) {
      String id = container.containerId();
      String mode = Stream.of(container.systemd() ? "systemd" : "", container.offline() ? "no network" : "")
          .filter(word -> !word.isEmpty()).collect(Collectors.joining(", "));
      return "container " + id.substring(0, Math.min(12, id.length())) + " from " + container.image()
          + (mode.isEmpty() ? "" : " (" + mode + ")");
    }
    return target.toString();
  }
}
