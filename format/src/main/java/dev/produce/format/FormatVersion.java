package dev.produce.format;

import java.util.Optional;

/**
 * A bundle file's format version, {@code MAJOR.MINOR}. A reader accepts every minor version of the
 * major it supports (minor versions only add what older readers may ignore) and refuses a newer
 * major; a file without a version was written before versions existed and reads as {@code 1.0}.
 *
 * @param major incompatible changes
 * @param minor compatible additions
 */
public record FormatVersion(int major, int minor) {
  /** What files written before versions existed are read as. */
  public static final FormatVersion UNVERSIONED = new FormatVersion(1, 0);

  public FormatVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("format versions are not negative: " + major + "." + minor);
    }
  }

  /** {@code 1.0} → 1.0; empty for anything that is not {@code MAJOR.MINOR}. */
  public static Optional<FormatVersion> parse(String text) {
    if (text == null || !text.matches("[0-9]{1,4}\\.[0-9]{1,4}")) {
      return Optional.empty();
    }
    int dot = text.indexOf('.');
    return Optional.of(new FormatVersion(Integer.parseInt(text.substring(0, dot)),
        Integer.parseInt(text.substring(dot + 1))));
  }

  /**
   * Why {@code file} written in {@code found} (absent: written before versions existed) cannot be
   * read by a reader of this version, as one line naming the file, the version found and the
   * version supported; empty when it can.
   */
  public Optional<String> problemReading(String file, Optional<String> found) {
    return problemReading(found).map(problem -> file + ": " + problem);
  }

  /** {@link #problemReading(String, Optional)} without the file name, for messages that name it already. */
  public Optional<String> problemReading(Optional<String> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Optional<FormatVersion> version = parse(found.get());
    if (version.isEmpty()) {
      return Optional.of("format version '" + found.get() + "' is not MAJOR.MINOR; this produce reads "
          + major + ".x (" + this + ")");
    }
    if (version.get().major != major) {
      return Optional.of("format version " + found.get() + " is not supported; this produce reads "
          + major + ".x (" + this + ")" + (version.get().major > major ? ": use a newer produce" : ""));
    }
    return Optional.empty();
  }

  /** {@code 1.0}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
