package dev.produce.generators.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of a bundle: text rendered by a generator ({@link #BundleFile(String, String, boolean)})
 * or, for vendored {@code .deb} packages, bytes taken as they are ({@link #binary(String, byte[])}).
 * Immutable; equal when path, mode and bytes are equal.
 */
public final class BundleFile {
  private final String path;
  private final String content;
  private final byte[] binary;
  private final boolean executable;

  /**
   * A text file.
   *
   * @param path path relative to the bundle root, with {@code /} separators, e.g. {@code files/etc/redis/redis.conf}
   * @param content the file's text (UTF-8, LF line endings)
   * @param executable whether the file is written with mode 0755 (otherwise 0644)
   */
  public BundleFile(String path, String content, boolean executable) {
    this(path, Objects.requireNonNull(content, "content"), null, executable);
    if (content.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(path + ": bundle files use LF line endings");
    }
  }

  private BundleFile(String path, String content, byte[] binary, boolean executable) {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("bundle paths are relative and stay inside the bundle: " + path);
    }
    this.path = path;
    this.content = content;
    this.binary = binary;
    this.executable = executable;
  }

  /** A binary file written byte for byte with mode 0644, e.g. a vendored {@code .deb}. */
  public static BundleFile binary(String path, byte[] bytes) {
    return new BundleFile(path, null, bytes.clone(), false);
  }

  /** The path relative to the bundle root. */
  public String path() {
    return path;
  }

  /** The file's text; only for text files ({@link #isText()}). */
  public String content() {
    if (content == null) {
      throw new IllegalStateException(path + " is a binary file");
    }
    return content;
  }

  /** Whether the file is text rendered by a generator (otherwise binary, see {@link #binary}). */
  public boolean isText() {
    return content != null;
  }

  /** Whether the file is written with mode 0755. */
  public boolean executable() {
    return executable;
  }

  /** The content as written to disk: UTF-8 for text files, the bytes themselves for binary ones. */
  public byte[] bytes() {
    return content != null ? content.getBytes(StandardCharsets.UTF_8) : binary.clone();
  }

  /** The size in bytes on disk. */
  public long size() {
    return content != null ? content.getBytes(StandardCharsets.UTF_8).length : binary.length;
  }

  /** The POSIX mode the file is written with. */
  public int mode() {
    return executable ? 0755 : 0644;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BundleFile that && path.equals(that.path) && executable == that.executable
        && Objects.equals(content, that.content) && Arrays.equals(binary, that.binary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, content, executable) * 31 + Arrays.hashCode(binary);
  }

  @Override
  public String toString() {
    return "BundleFile[" + path + ", " + (content != null ? "text" : "binary") + ", " + size() + " bytes, "
        + (executable ? "0755" : "0644") + "]";
  }
}
