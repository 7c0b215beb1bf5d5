package dev.produce.verifier.check;

import java.util.Objects;

/**
 * Where and how checks run.
 *
 * @param workDir working directory of commands on the target: the bundle root
 * @param phase   the phase the results belong to
 * @param secrets values masked out of every result
 */
public record CheckContext(String workDir, Phase phase, Secrets secrets) {

  public CheckContext {
    Objects.requireNonNull(workDir, "workDir");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(secrets, "secrets");
  }
}
