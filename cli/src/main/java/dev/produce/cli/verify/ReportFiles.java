package dev.produce.cli.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes reports and evidence: parent directories created, each file replaced whole. */
public final class ReportFiles {

  private ReportFiles() {}

  /**
   * Why {@code file} cannot receive a report, or null when it can: checked before anything
   * starts, so that a run is not wasted on a report path that was never writable.
   */
  public static String problem(Path file) {
    if (Files.isDirectory(file)) {
      return file + " is a directory; name a file";
    }
    for (Path parent = file.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
      if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(parent)) {
        return Files.isDirectory(parent) ? null : parent + " is not a directory";
      }
    }
    return null;
  }

  /** Why {@code dir} cannot receive evidence files, or null when it can. */
  public static String directoryProblem(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return dir + " exists and is not a directory";
    }
    return problem(dir.resolve("apply.log"));
  }

  /** Writes {@code content} to {@code file} (UTF-8), replacing it whole. */
  public static void write(Path file, String content) throws IOException {
    Path absolute = file.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Writes each piece of evidence to {@code dir/<name>}; returns the files written, in order. */
  public static List<Path> writeEvidence(Path dir, Map<String, String> evidence) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> entry : evidence.entrySet()) {
      Path file = dir.resolve(entry.getKey());
      write(file, entry.getValue());
      written.add(file);
    }
    return written;
  }
}
