package dev.produce.loadtest.gatling;

/** Gatling did not complete a run (its log file says why). */
public final class GatlingFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GatlingFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
