package dev.produce.verifier.container;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A machine checks are probed on. Commands run as root; paths are absolute
 * paths on the target.
 */
public interface Target {

  /** Timeout of the methods that take none. */
  Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  /** Runs {@code command} (no shell) in {@code /} with {@link #DEFAULT_TIMEOUT}. */
  default ExecResult exec(String... command) {
    return exec(DEFAULT_TIMEOUT, command);
  }

  /** Runs {@code command} (no shell) in {@code /}, stopping it after {@code timeout}. */
  default ExecResult exec(Duration timeout, String... command) {
    return execIn("/", timeout, command);
  }

  /**
   * Runs {@code command} (no shell) with working directory {@code workDir},
   * stopping it and its process group after {@code timeout}
   * ({@link ExecResult#TIMED_OUT}).
   */
  ExecResult execIn(String workDir, Duration timeout, String... command);

  /** Runs {@code script} with {@code /bin/sh -c} in {@code /} with {@link #DEFAULT_TIMEOUT}. */
  default ExecResult shell(String script) {
    return shellIn("/", DEFAULT_TIMEOUT, script);
  }

  /** Runs {@code script} with {@code /bin/sh -c} in {@code workDir}. */
  default ExecResult shellIn(String workDir, Duration timeout, String script) {
    return execIn(workDir, timeout, "/bin/sh", "-c", script);
  }

  /** Contents of the file at {@code path} (symlinks followed), UTF-8 decoded. */
  String readFile(String path);

  /**
   * Copies the contents of {@code hostDir} into {@code containerPath} (created
   * when missing), recursively, owned by root, keeping each file's permission
   * bits (executable scripts stay executable); directories get 0755.
   */
  void copyIn(Path hostDir, String containerPath);

  /** Copies the single file {@code containerPath} (symlinks followed) to {@code hostFile}. */
  void copyOut(String containerPath, Path hostFile);

  /** What the target's main process wrote to stdout and stderr so far. */
  String logs();
}
