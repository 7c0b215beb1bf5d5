package dev.produce.dist;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The release this build made: {@code target/produce-VERSION.tar.gz} and
 * {@code target/produce_VERSION_all.deb} (failsafe names them in {@code produce.release.tarball} and
 * {@code produce.release.deb}).
 */
final class Release {
  private Release() {}

  static Path tarball() {
    return file("produce.release.tarball");
  }

  static Path deb() {
    return file("produce.release.deb");
  }

  private static Path file(String property) {
    String value = System.getProperty(property, "");
    if (value.isBlank() || !Files.isRegularFile(Path.of(value))) {
      throw new IllegalStateException(property + " names no file (" + value + "): run the dist module's package phase first");
    }
    return Path.of(value);
  }
}
