package dev.produce.model;

/**
 * A directory the bundle creates on the target when it is missing. Apply records that it created
 * it; rollback removes it again (with its contents: only caches are managed this way). A directory
 * that already existed is left where it is and only its owner and mode are brought in line.
 *
 * @param path absolute path on the target, e.g. {@code /var/cache/nginx/produce-microcache}
 * @param daemon the service that uses it (reloaded when it is created)
 * @param owner owning user on the target
 * @param group owning group on the target
 * @param mode octal permission bits, e.g. {@code 0700}; never world-writable
 */
public record ManagedDirectory(String path, Daemon daemon, String owner, String group, String mode) {
  public ManagedDirectory {
    if (!path.startsWith("/var/cache/") || path.contains("..") || path.endsWith("/")) {
      throw new IllegalArgumentException("managed directories are caches under /var/cache/: " + path);
    }
    if (!mode.matches("0[0-7]{3}") || (Integer.parseInt(mode, 8) & 0002) != 0) {
      throw new IllegalArgumentException("mode must be octal and not world-writable: " + mode);
    }
  }
}
