package dev.produce.verifier.run;

/** The state of a target could not be captured; the message says why. */
public class SnapshotFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SnapshotFailedException(String message) {
    super(message);
  }
}
