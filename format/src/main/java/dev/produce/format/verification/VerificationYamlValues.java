package dev.produce.format.verification;

import java.util.List;

/**
 * The values of a {@code .verification.yml} as its template writes them, each taken from the records
 * ({@link Section}, {@link Item}, {@link CommandSpec}) and quoted by {@link YamlQuoting} so that it reads
 * back as the same value: a single exit code as a scalar, several as a flow list; durations in the
 * shortest form ({@code 30s}); a timeout only when it is not {@link CommandSpec#DEFAULT_TIMEOUT}.
 */
public final class VerificationYamlValues {

  /** {@code formatVersion}'s value, quoted so YAML reads it as text. */
  public String formatVersion() {
    return YamlQuoting.quote(VerificationFormat.VERSION.toString());
  }

  /** A section key: a lower-case identifier, so that it needs no quoting. */
  public String sectionName(Section section) {
    if (!section.name().matches("[a-z][a-z0-9_]*") || section.name().equals(VerificationFormat.KEY)) {
      throw new IllegalArgumentException("section names are lower-case identifiers: " + section.name());
    }
    return section.name();
  }

  /** {@code text} as a block scalar value. */
  public String scalar(String text) {
    return YamlQuoting.quote(text);
  }

  /** The item's commands declared under {@code quick}. */
  public List<CommandSpec> quick(Item item) {
    return item.declaredAt(Level.QUICK);
  }

  /** The item's commands declared under {@code thorough}. */
  public List<CommandSpec> thorough(Item item) {
    return item.declaredAt(Level.THOROUGH);
  }

  /** {@code 0}, or {@code [0, 1]} for several accepted codes. */
  public String exit(CommandSpec command) {
    List<Integer> codes = command.expectExit();
    return codes.size() == 1 ? codes.get(0).toString() : codes.toString();
  }

  /** The stdout expectations as written, each quoted. */
  public List<String> stdout(CommandSpec command) {
    return command.expectStdout().stream().map(OutputExpectation::written).map(YamlQuoting::quote).toList();
  }

  /** {@code {within: 30s, every: 1s}}; empty without retry. */
  public String retry(CommandSpec command) {
    return command.retry().map(retry -> "{within: " + YamlQuoting.quoteInFlow(Durations.format(retry.within()))
        + ", every: " + YamlQuoting.quoteInFlow(Durations.format(retry.every())) + "}").orElse("");
  }

  /** Whether the command has a timeout of its own. */
  public boolean hasTimeout(CommandSpec command) {
    return !command.timeout().equals(CommandSpec.DEFAULT_TIMEOUT);
  }

  /** The timeout, e.g. {@code 10s}. */
  public String timeout(CommandSpec command) {
    return YamlQuoting.quote(Durations.format(command.timeout()));
  }
}
