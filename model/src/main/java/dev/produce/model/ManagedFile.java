package dev.produce.model;

/**
 * A file the bundle installs on the target.
 *
 * @param bundlePath path inside the bundle, e.g. {@code files/etc/redis/redis.conf}
 * @param targetPath absolute path on the target, e.g. {@code /etc/redis/redis.conf}
 * @param daemon the service that reads it
 * @param owner owning user on the target
 * @param group owning group on the target
 * @param mode octal permission bits, e.g. {@code 0644}; never world-writable
 */
public record ManagedFile(String bundlePath, String targetPath, Daemon daemon, String owner, String group, String mode) {
  public ManagedFile {
    if (!bundlePath.startsWith("files/") || !targetPath.startsWith("/")) {
      throw new IllegalArgumentException("bad managed file paths: " + bundlePath + " -> " + targetPath);
    }
    if (!mode.matches("0[0-7]{3}") || (Integer.parseInt(mode, 8) & 0002) != 0) {
      throw new IllegalArgumentException("mode must be octal and not world-writable: " + mode);
    }
  }
}
