package dev.produce.verifier.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Values that must never appear in a report ({@code --mask VALUE}): each occurrence is
 * replaced by {@value #MASK}, in every text field of every result. Longer secrets are
 * replaced first, so one that contains another is masked whole.
 */
public final class Secrets {

  /** What a secret is replaced with. */
  public static final String MASK = "***";

  /** No secrets. */
  public static final Secrets NONE = new Secrets(List.of());

  private final List<String> values;

  private Secrets(List<String> values) {
    this.values = values;
  }

  /** The non-empty values of {@code values}; empty ones are ignored (they would mask everything). */
  public static Secrets of(Collection<String> values) {
    return new Secrets(values.stream()
        .filter(Objects::nonNull)
        .filter(value -> !value.isEmpty())
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .toList());
  }

  /** Whether there is any secret to mask. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** {@code text} with every secret replaced; null stays null. */
  public String mask(String text) {
    if (text == null || values.isEmpty()) {
      return text;
    }
    String masked = text;
    for (String value : values) {
      masked = masked.replace(value, MASK);
    }
    return masked;
  }

  /** {@code result} with every text field masked. */
  public CheckResult mask(CheckResult result) {
    if (values.isEmpty()) {
      return result;
    }
    return new CheckResult(result.phase(), mask(result.section()), mask(result.item()), result.level(),
        mask(result.cmd()), result.status(), result.attempts(), result.duration(), mask(result.expected()),
        mask(result.actual()), result.exitCode(), mask(result.stdoutTail()), mask(result.stderrTail()),
        mask(result.message()));
  }
}
