package dev.produce.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots of directory trees, to assert that a run changed nothing (or something). */
final class BundleFiles {
  private BundleFiles() {}

  /** Every regular file under {@code root}, by relative path, with its bytes as a string key. */
  static Map<String, String> snapshot(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path path : tree.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(path)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Every entry (file or directory) directly in {@code dir}, by name. */
  static java.util.List<String> names(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
