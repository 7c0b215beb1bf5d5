package dev.produce.verifier.container;

/**
 * The environment failed: no Docker engine, a missing or unbuildable image, a
 * container that would not start, a file that could not be copied. Distinct
 * from a check that ran and failed (an {@link ExecResult} with a non-zero exit).
 */
public class TargetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TargetException(String message) {
    super(message);
  }

  public TargetException(String message, Throwable cause) {
    super(message, cause);
  }
}
