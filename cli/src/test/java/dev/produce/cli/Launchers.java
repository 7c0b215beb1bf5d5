package dev.produce.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The launchers under {@code bin/} of this checkout, as the launcher ITs run them. */
public final class Launchers {
  private Launchers() {}

  /**
   * {@code bin/<name>} (e.g. {@code produce-compile}): from failsafe's {@code produce.repo.root}, else found
   * upwards from the working directory.
   */
  public static Path of(String name) {
    String configured = System.getProperty("produce.repo.root");
    if (configured != null && Files.isExecutable(Path.of(configured, "bin", name))) {
      return Path.of(configured, "bin", name).toAbsolutePath();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isExecutable(dir.resolve("bin").resolve(name))) {
        return dir.resolve("bin").resolve(name);
      }
    }
    throw new IllegalStateException("bin/" + name + " not found above " + Path.of("").toAbsolutePath());
  }
}
