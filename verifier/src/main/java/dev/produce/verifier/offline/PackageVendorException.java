package dev.produce.verifier.offline;

/** apt could not resolve or download the packages (an unknown package, the mirror unreachable). */
public class PackageVendorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PackageVendorException(String message) {
    super(message);
  }

  public PackageVendorException(String message, Throwable cause) {
    super(message, cause);
  }
}
