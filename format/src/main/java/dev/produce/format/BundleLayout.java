package dev.produce.format;

/**
 * The names of a bundle's fixed entries, relative to the bundle root: the one place generators
 * write them from and the verifier, the load test and the CLI read them from.
 */
public final class BundleLayout {
  /** The entry point an operator runs as root: {@code sudo ./produce}. */
  public static final String ENTRY_POINT = "produce";
  /** The SHA-256 of every other file, in {@code sha256sum -c} form. */
  public static final String SHA256SUMS = "SHA256SUMS";
  /** The detached signature of {@link #SHA256SUMS} an air-gapped bundle carries. */
  public static final String SHA256SUMS_SIGNATURE = SHA256SUMS + ".sig";
  /** The inputs and every computed value, as JSON ({@link dev.produce.format.profile.ProfileDocument}). */
  public static final String PROFILE_JSON = "profile.json";
  /** The checks of the bundle ({@link dev.produce.format.verification.SpecLoader}). */
  public static final String VERIFICATION_YML = ".verification.yml";
  /** What the bundle does, for the operator. */
  public static final String README = "README.md";
  /** The directory of vendored Debian packages, with its trailing slash. */
  public static final String PACKAGES_DIR = "packages/";
  /** The index of the vendored packages; its presence means the bundle installs offline. */
  public static final String PACKAGES_INDEX = PACKAGES_DIR + "INDEX";

  private BundleLayout() {}
}
