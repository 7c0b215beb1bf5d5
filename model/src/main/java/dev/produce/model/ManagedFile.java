package dev.produce.model;

import java.util.List;

/**
 * One entry of the {@link BundlePlan}: a file the bundle installs on the target.
 *
 * @param bundlePath path inside the bundle, e.g. {@code files/etc/redis/redis.conf}
 * @param targetPath absolute path on the target, e.g. {@code /etc/redis/redis.conf}
 * @param daemon the service that reads (and validates) it; {@link Daemon#service()} is reloaded on change
 * @param owner owning user on the target
 * @param group owning group on the target
 * @param mode octal permission bits, e.g. {@code 0644}; never world-writable
 * @param keptDirectives directives whose lines in the server's previous file apply carries into the
 *     installed one (the operator's passwords and ACLs, see {@link OperatorSettings}); empty for most files
 */
public record ManagedFile(String bundlePath, String targetPath, Daemon daemon, String owner, String group, String mode,
    List<String> keptDirectives) {
  private static final String PHP_VERSION_DIR = "^files/etc/php/[0-9]+\\.[0-9]+/";

  /** A file installed exactly as the bundle has it. */
  public ManagedFile(String bundlePath, String targetPath, Daemon daemon, String owner, String group, String mode) {
    this(bundlePath, targetPath, daemon, owner, group, mode, List.of());
  }

  public ManagedFile {
    keptDirectives = List.copyOf(keptDirectives);
    if (!bundlePath.startsWith("files/") || !targetPath.startsWith("/")) {
      throw new IllegalArgumentException("bad managed file paths: " + bundlePath + " -> " + targetPath);
    }
    if (!mode.matches("0[0-7]{3}") || (Integer.parseInt(mode, 8) & 0002) != 0) {
      throw new IllegalArgumentException("mode must be octal and not world-writable: " + mode);
    }
  }

  /** This file, with {@code directives} kept from the server's previous version. */
  ManagedFile keeping(List<String> directives) {
    return new ManagedFile(bundlePath, targetPath, daemon, owner, group, mode, directives);
  }

  /**
   * The template that renders this file, {@code templates/<template>.vm}: the bundle path with its
   * PHP version named {@code X.Y}, e.g. {@code files/etc/php/X.Y/fpm/pool.d/www.conf}, so that one
   * template serves every PHP version; Valkey's configuration is Redis's format and has Redis's template.
   */
  public String template() {
    return bundlePath.replaceFirst(PHP_VERSION_DIR, "files/etc/php/X.Y/")
        .replaceFirst("^files/etc/valkey/valkey\\.conf$", "files/etc/redis/redis.conf");
  }
}
