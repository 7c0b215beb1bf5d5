package dev.produce.generators.meta.verification;

import static dev.produce.format.verification.CommandSpec.succeeds;

import dev.produce.format.verification.CommandSpec;

/**
 * A check that runs one function of the bundle's probe library, {@value #LIBRARY} (plain shell,
 * shellcheck-clean, tested on its own): {@code bash -c '. scripts/lib/probes.sh && FUNCTION WORD…'},
 * run from the bundle root. The shell lives in the library; a check passes it computed values only.
 */
final class ProbeCommand {
  /** The probe library, relative to the bundle root (the checks' working directory). */
  static final String LIBRARY = "scripts/lib/probes.sh";

  private ProbeCommand() {}

  /**
   * A command that succeeds when {@code function} does.
   *
   * @param shellWords the function's arguments, each already one shell word (quote values with
   *     {@link ShellWords#quote}; a {@code "$(…)"} word is expanded by the probe's shell)
   */
  static CommandSpec of(String function, String... shellWords) {
    StringBuilder script = new StringBuilder(". ").append(LIBRARY).append(" && ").append(function);
    for (String word : shellWords) {
      script.append(' ').append(word);
    }
    return succeeds("bash -c " + ShellWords.quote(script.toString()));
  }
}
