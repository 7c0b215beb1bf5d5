package dev.produce.verifier.run;

import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * This host as a target: commands run as the current user, with the given working directory;
 * paths are this host's. Used by the verifier's own tests (a real target, not a mock) and for
 * checking a server on itself after applying a bundle there.
 *
 * <p>A command that outlives its timeout is killed together with its descendants and reports
 * {@link ExecResult#TIMED_OUT}. Processes a command leaves running in the background (a daemon
 * it started) are left alone.
 */
public final class LocalTarget implements Target {

  private final Map<String, String> environment;

  /** Commands inherit this process's environment. */
  public LocalTarget() {
    this(Map.of());
  }

  /** Commands inherit this process's environment plus {@code environment}. */
  public LocalTarget(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public ExecResult execIn(String workDir, Duration timeout, String... command) {
    Objects.requireNonNull(workDir, "workDir");
    if (command.length == 0) {
      throw new IllegalArgumentException("empty command");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    Path stdout = null;
    Path stderr = null;
    long started = System.nanoTime();
    try {
      stdout = Files.createTempFile("produce-local-", ".out");
      stderr = Files.createTempFile("produce-local-", ".err");
      ProcessBuilder builder = new ProcessBuilder(List.of(command))
          .directory(new File(workDir))
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(stdout.toFile())
          .redirectError(stderr.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      boolean finished = waitFor(process, timeout);
      int exitCode = finished ? process.exitValue() : ExecResult.TIMED_OUT;
      String err = read(stderr);
      if (!finished) {
        err += "\n[produce] timed out after " + timeout.toMillis() + " ms; killed\n";
      }
      return new ExecResult(exitCode, read(stdout), err, Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      throw new TargetException("cannot run " + String.join(" ", command) + " in " + workDir + ": "
          + e.getMessage(), e);
    } finally {
      deleteQuietly(stdout);
      deleteQuietly(stderr);
    }
  }

  private static boolean waitFor(Process process, Duration timeout) {
    try {
      if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return true;
      }
      kill(process);
      return false;
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new TargetException("interrupted while running " + process.info().command().orElse("a command"), e);
    }
  }

  /** Kills the process and every descendant, children first, and waits for it. */
  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file left behind is harmless
      }
    }
  }

  @Override
  public String readFile(String path) {
    try {
      return new String(Files.readAllBytes(Path.of(path)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TargetException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Copies {@code hostDir}'s contents into {@code containerPath} keeping modes; a no-op when they are the same directory. */
  @Override
  public void copyIn(Path hostDir, String containerPath) {
    if (!Files.isDirectory(hostDir)) {
      throw new IllegalArgumentException("not a directory: " + hostDir);
    }
    Path destination = Path.of(containerPath);
    try {
      if (Files.exists(destination) && Files.isSameFile(hostDir, destination)) {
        return;
      }
      try (Stream<Path> paths = Files.walk(hostDir)) {
        for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
          Path target = destination.resolve(hostDir.relativize(path).toString());
          if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(target);
          } else {
            Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new TargetException("cannot copy " + hostDir + " to " + containerPath + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void copyOut(String containerPath, Path hostFile) {
    try {
      Path parent = hostFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.copy(Path.of(containerPath), hostFile, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new TargetException("cannot copy " + containerPath + " to " + hostFile + ": " + e.getMessage(), e);
    }
  }

  /** This host has no main process of its own to log: always empty. */
  @Override
  public String logs() {
    return "";
  }

  @Override
  public String toString() {
    return "LocalTarget[" + (environment.isEmpty() ? "" : environment.keySet()) + "]";
  }
}
