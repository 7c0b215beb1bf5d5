package dev.produce.generators.write;

import java.io.IOException;

/**
 * The output directory given with {@code -o/--output} cannot take the bundle. The message is one
 * line that names the option and says what to do.
 */
public class BundleTargetException extends IOException {
  private static final long serialVersionUID = 1L;

  public BundleTargetException(String message) {
    super(message);
  }
}
