package dev.produce.generators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a real command for tests (sha256sum, grep, php, tar) and returns its exit status and output. */
record ProcessRunner(int exitCode, String output) {
  static ProcessRunner run(Path workingDirectory, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).directory(workingDirectory.toFile())
        .redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + String.join(" ", command));
    }
    return new ProcessRunner(process.exitValue(), output);
  }

  /** Whether {@code program} is on the PATH (for tests that use an optional tool such as php). */
  static boolean available(String program) {
    try {
      return run(Path.of("."), "sh", "-c", "command -v " + program).exitCode() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
