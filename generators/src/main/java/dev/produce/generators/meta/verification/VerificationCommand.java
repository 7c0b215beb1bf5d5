package dev.produce.generators.meta.verification;

import java.util.List;
import java.util.Objects;

/**
 * One command of a {@code .verification.yml} check, in the original design's form plus its
 * optional extensions. Run by {@code sh -c} as root, with the bundle root as working directory.
 * The {@code ...Yaml()} methods return values already quoted for the template.
 *
 * @param cmd the shell command
 * @param expectExit the exit status it must return
 * @param expectStdout what stdout must contain ({@code "/regex/"} and {@code "!absent"} forms allowed); may be empty
 * @param retryWithin keep retrying a failing command for this long (e.g. {@code 30s}); empty for no retry
 * @param retryEvery wait this long between attempts (e.g. {@code 1s}); empty for no retry
 * @param timeout give up on one attempt after this long (e.g. {@code 10s}); empty for the verifier's default
 */
public record VerificationCommand(
    String cmd, int expectExit, List<String> expectStdout, String retryWithin, String retryEvery, String timeout) {
  public VerificationCommand {
    Objects.requireNonNull(cmd, "cmd");
    expectStdout = List.copyOf(expectStdout);
    if (retryWithin.isEmpty() != retryEvery.isEmpty()) {
      throw new IllegalArgumentException("retry needs both 'within' and 'every': " + cmd);
    }
  }

  /** A command that must exit 0. */
  public static VerificationCommand succeeds(String cmd) {
    return new VerificationCommand(cmd, 0, List.of(), "", "", "");
  }

  /** A command that must exit 0 and print each of {@code expected}. */
  public static VerificationCommand prints(String cmd, String... expected) {
    return new VerificationCommand(cmd, 0, List.of(expected), "", "", "");
  }

  /** This command, retried for {@code within} every {@code every} until it passes (a daemon starting up). */
  public VerificationCommand retried(String within, String every) {
    return new VerificationCommand(cmd, expectExit, expectStdout, within, every, timeout);
  }

  /** This command, each attempt limited to {@code limit}. */
  public VerificationCommand timeout(String limit) {
    return new VerificationCommand(cmd, expectExit, expectStdout, retryWithin, retryEvery, limit);
  }

  public String cmdYaml() {
    return YamlScalar.quote(cmd);
  }

  public boolean hasStdout() {
    return !expectStdout.isEmpty();
  }

  /** Whether several expectations are written as a list (one is written as a scalar). */
  public boolean stdoutIsList() {
    return expectStdout.size() > 1;
  }

  /** The expectations, each quoted as a YAML scalar. */
  public List<String> stdoutYaml() {
    return expectStdout.stream().map(YamlScalar::quote).toList();
  }

  public boolean hasRetry() {
    return !retryWithin.isEmpty();
  }

  /** {@code {within: 30s, every: 1s}}. */
  public String retryYaml() {
    return "{within: " + YamlScalar.quoteInFlow(retryWithin) + ", every: " + YamlScalar.quoteInFlow(retryEvery) + "}";
  }

  public boolean hasTimeout() {
    return !timeout.isEmpty();
  }

  public String timeoutYaml() {
    return YamlScalar.quote(timeout);
  }
}
