package dev.produce.generators;

import java.nio.charset.StandardCharsets;

/**
 * One file of a bundle.
 *
 * @param path path relative to the bundle root, with {@code /} separators, e.g. {@code files/etc/redis/redis.conf}
 * @param content the file's text (UTF-8, LF line endings)
 * @param executable whether the file is written with mode 0755 (otherwise 0644)
 */
public record BundleFile(String path, String content, boolean executable) {
  public BundleFile {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("bundle paths are relative and stay inside the bundle: " + path);
    }
    if (content.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(path + ": bundle files use LF line endings");
    }
  }

  /** The content as UTF-8 bytes, as written to disk. */
  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }

  /** The POSIX mode the file is written with. */
  public int mode() {
    return executable ? 0755 : 0644;
  }
}
