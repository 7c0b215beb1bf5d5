package dev.produce.loadtest.site;

/** The bundle did not apply, or applied without taking effect: the load test cannot measure it. */
public final class BundleNotAppliedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BundleNotAppliedException(String message) {
    super(message);
  }
}
