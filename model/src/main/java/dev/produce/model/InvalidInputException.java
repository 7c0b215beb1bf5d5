package dev.produce.model;

/**
 * An input that the model refuses. The message is one line that names the option and the accepted
 * values, e.g. {@code --memory: must be between 512 and 1048576 MB (1 TB), was 256}.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String option;

  public InvalidInputException(String option, String problem) {
    super(option + ": " + problem);
    this.option = option;
  }

  /** The command-line option at fault, e.g. {@code --memory}. */
  public String option() {
    return option;
  }
}
