package dev.produce.format.verification;

import dev.produce.format.FormatVersion;

/**
 * The version of the {@code .verification.yml} format. Generated files carry it as a top-level
 * {@code formatVersion: '1.0'}; hand-written files in the original design's form have none and are
 * read as {@link FormatVersion#UNVERSIONED 1.0}. A file of a newer major version is refused with one
 * lint error.
 */
public final class VerificationFormat {
  /** The format this produce writes and reads. */
  public static final FormatVersion VERSION = new FormatVersion(1, 0);
  /** The top-level key that holds it (never a section: a section is a list of items). */
  public static final String KEY = "formatVersion";

  private VerificationFormat() {}
}
