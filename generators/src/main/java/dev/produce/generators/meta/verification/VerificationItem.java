package dev.produce.generators.meta.verification;

import java.util.List;

/**
 * One item of a {@code .verification.yml} section: a statement and the commands that prove it, at
 * the {@code quick} level (static checks and config tests) and the {@code thorough} level (what the
 * running daemons report; thorough runs quick too). An item with no commands is manual.
 *
 * @param text what the item asserts, in words
 * @param quick cheap checks
 * @param thorough checks against the live daemons
 */
public record VerificationItem(String text, List<VerificationCommand> quick, List<VerificationCommand> thorough) {
  public VerificationItem {
    quick = List.copyOf(quick);
    thorough = List.copyOf(thorough);
  }

  /** An item checked by the quick commands. */
  public static VerificationItem quick(String text, List<VerificationCommand> commands) {
    return new VerificationItem(text, commands, List.of());
  }

  /** An item checked by the thorough commands. */
  public static VerificationItem thorough(String text, List<VerificationCommand> commands) {
    return new VerificationItem(text, List.of(), commands);
  }

  /** An item a person checks (listed as manual by the verifier, never dropped). */
  public static VerificationItem manual(String text) {
    return new VerificationItem(text, List.of(), List.of());
  }

  /** Whether a machine can check it. */
  public boolean automatable() {
    return !quick.isEmpty() || !thorough.isEmpty();
  }

  public String textYaml() {
    return YamlScalar.quote(text);
  }

  public boolean hasQuick() {
    return !quick.isEmpty();
  }

  public boolean hasThorough() {
    return !thorough.isEmpty();
  }
}
