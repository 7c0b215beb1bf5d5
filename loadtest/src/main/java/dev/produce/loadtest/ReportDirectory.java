package dev.produce.loadtest;

import dev.produce.model.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The report directory, written all or nothing: everything goes to a work directory next to it,
 * which replaces it at the end. A non-empty directory that is not a previous report is never
 * written into; a previous report is replaced only with --force.
 */
final class ReportDirectory {
  static final String SUMMARY_JSON = "summary.json";

  private ReportDirectory() {}

  /** Refuses an output directory that may not be written, before anything starts. */
  static void checkWritable(Path out, boolean force) {
    if (Files.isRegularFile(out)) {
      throw new InvalidInputException("--out", out + " is a file; name a directory for the report");
    }
    if (!Files.isDirectory(out) || isEmpty(out)) {
      return;
    }
    if (!Files.isRegularFile(out.resolve(SUMMARY_JSON))) {
      throw new InvalidInputException("--out", out + " is not empty and holds no previous report; choose a new or"
          + " empty directory");
    }
    if (!force) {
      throw new InvalidInputException("--out", out + " holds a previous report; add --force to replace it");
    }
  }

  /** A new work directory next to {@code out} (same file system, so the final move is a rename). */
  static Path createWork(Path out) throws IOException {
    Path parent = out.toAbsolutePath().normalize().getParent();
    Files.createDirectories(parent);
    return Files.createTempDirectory(parent, "." + out.getFileName() + ".loadtest-");
  }

  /** Replaces {@code out} with {@code work}. */
  static void publish(Path work, Path out) throws IOException {
    deleteTree(work.resolve(".gatling"));
    if (Files.exists(out)) {
      deleteTree(out);
    }
    Files.move(work, out, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Moves the contents of Gatling's run directory to {@code target} (created). */
  static void moveGatlingReport(Path run, Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> entries = Files.list(run)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Files.move(entry, target.resolve(entry.getFileName()));
      }
    }
    Files.delete(run);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
