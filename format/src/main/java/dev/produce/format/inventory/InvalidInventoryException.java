package dev.produce.format.inventory;

/**
 * An inventory, or a {@code --limit} pattern, that cannot be read. The message is one line that names
 * where (the file, the group or host, or the option) and what is accepted.
 */
public final class InvalidInventoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInventoryException(String message) {
    super(message);
  }
}
