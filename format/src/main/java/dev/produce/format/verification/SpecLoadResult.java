package dev.produce.format.verification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What loading a {@code .verification.yml} gave: the spec when the file has no problem,
 * otherwise every {@link LintError} of the file, in file order.
 *
 * @param spec   the loaded spec; empty exactly when {@code errors} is not
 * @param errors the file's problems
 */
public record SpecLoadResult(Optional<VerificationSpec> spec, List<LintError> errors) {

  public SpecLoadResult {
    Objects.requireNonNull(spec, "spec");
    errors = List.copyOf(errors);
    if (spec.isPresent() == !errors.isEmpty()) {
      throw new IllegalArgumentException("a result has either a spec or errors");
    }
  }

  /** Whether the file loaded without problems. */
  public boolean isValid() {
    return errors.isEmpty();
  }

  /** The spec, or {@link InvalidSpecException} carrying every error. */
  public VerificationSpec orThrow() {
    return spec.orElseThrow(() -> new InvalidSpecException(errors));
  }
}
