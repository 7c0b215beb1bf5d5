package dev.produce.format;

/** A bundle file in a format version this produce does not read; the message is one line naming the file. */
public final class UnsupportedFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnsupportedFormatException(String message) {
    super(message);
  }
}
