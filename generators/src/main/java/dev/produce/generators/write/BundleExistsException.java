package dev.produce.generators.write;

import java.nio.file.Path;

/** The output directory holds a previous produce bundle and {@code --force} was not given. */
public final class BundleExistsException extends BundleTargetException {
  private static final long serialVersionUID = 1L;

  public BundleExistsException(Path dir) {
    super("-o/--output: " + dir + " already holds a produce bundle; add --force to replace it,"
        + " or choose another directory");
  }
}
