package dev.produce.generators.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command for a test and keeps its exit status and combined output. */
record Shell(int exitCode, String output) {
  static Shell run(Path workingDirectory, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).directory(workingDirectory.toFile())
        .redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + String.join(" ", command));
    }
    return new Shell(process.exitValue(), output);
  }

  /** Runs {@code script} with bash in {@code workingDirectory}. */
  static Shell bash(Path workingDirectory, String script) throws IOException, InterruptedException {
    return run(workingDirectory, "bash", "-c", script);
  }
}
