package dev.produce.generators.write;

import java.nio.file.Path;

/**
 * The output path exists and is not an empty directory or a previous produce bundle. produce never
 * writes into it, even with {@code --force}.
 */
public final class NotABundleException extends BundleTargetException {
  private static final long serialVersionUID = 1L;

  public NotABundleException(Path dir, String what) {
    super("-o/--output: " + dir + " " + what + " and is not a produce bundle; produce never writes into it,"
        + " even with --force: choose a new or empty directory");
  }
}
