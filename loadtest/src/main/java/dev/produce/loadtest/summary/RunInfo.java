package dev.produce.loadtest.summary;

import java.util.Objects;
import java.util.Optional;

/**
 * What was measured and how.
 *
 * @param target          what served the requests, e.g. {@code fixture site in produce/target:0a1b2c3d4e5f}
 * @param bundleCommand   the produce-compile command of the applied bundle; empty with --target-url
 * @param users           concurrent Gatling users
 * @param durationSeconds length of each measured run
 * @param warmupSeconds   length of each warm-up before it
 * @param machine         where it ran
 */
public record RunInfo(String target, Optional<String> bundleCommand, int users, long durationSeconds,
    long warmupSeconds, Machine machine) {

  public RunInfo {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(bundleCommand, "bundleCommand");
    Objects.requireNonNull(machine, "machine");
  }
}
