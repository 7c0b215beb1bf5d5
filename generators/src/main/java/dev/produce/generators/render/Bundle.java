package dev.produce.generators.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A compiled bundle: every file, sorted by path, each path once. Immutable; {@link BundleWriter} and
 * {@link BundleArchive} put it on disk.
 *
 * @param files the bundle's files, sorted by {@link BundleFile#path()}
 */
public record Bundle(List<BundleFile> files) {
  public Bundle {
    List<BundleFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(BundleFile::path));
    for (int i = 1; i < sorted.size(); i++) {
      String path = sorted.get(i).path();
      if (path.equals(sorted.get(i - 1).path())) {
        throw new IllegalArgumentException("two bundle files at " + path);
      }
      if (path.startsWith(sorted.get(i - 1).path() + "/")) {
        throw new IllegalArgumentException(sorted.get(i - 1).path() + " is a file and a directory");
      }
    }
    files = List.copyOf(sorted);
  }

  /** The file at bundle path {@code path}, e.g. {@code files/etc/redis/redis.conf}. */
  public Optional<BundleFile> file(String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /** The bundle's paths, sorted. */
  public List<String> paths() {
    return files.stream().map(BundleFile::path).toList();
  }
}
