package dev.produce.verifier.run;

import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A target that records being closed, as the container targets are. */
final class ClosingTarget implements Target, AutoCloseable {
  private final LocalTarget delegate;
  private final List<String> closed;

  ClosingTarget(LocalTarget delegate, List<String> closed) {
    this.delegate = delegate;
    this.closed = closed;
  }

  @Override
  public ExecResult execIn(String workDir, Duration timeout,
      String... command) {
    return delegate.execIn(workDir, timeout, command);
  }

  @Override
  public String readFile(String path) {
    return delegate.readFile(path);
  }

  @Override
  public void copyIn(Path hostDir, String containerPath) {
    delegate.copyIn(hostDir, containerPath);
  }

  @Override
  public void copyOut(String containerPath, Path hostFile) {
    delegate.copyOut(containerPath, hostFile);
  }

  @Override
  public String logs() {
    return "";
  }

  @Override
  public void close() {
    closed.add("closed");
  }
}
