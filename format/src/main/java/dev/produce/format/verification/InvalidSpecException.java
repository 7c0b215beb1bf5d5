package dev.produce.format.verification;

import java.util.List;
import java.util.stream.Collectors;

/** A {@code .verification.yml} has problems; {@link #errors()} lists all of them. */
public class InvalidSpecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<LintError> errors;

  public InvalidSpecException(List<LintError> errors) {
    super(errors.size() + (errors.size() == 1 ? " problem" : " problems") + ":\n"
        + errors.stream().map(LintError::toString).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  /** Every problem of the file, in file order. */
  public List<LintError> errors() {
    return errors;
  }
}
