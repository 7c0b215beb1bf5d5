package dev.produce.loadtest.summary;

import java.util.Objects;
import java.util.Optional;

/**
 * How the machine's CPUs were shared between the site and the load generator.
 *
 * @param hostCpus            the machine's CPUs
 * @param site                the site container's CPU list (Docker's {@code --cpuset-cpus}), e.g. {@code 0}
 * @param loadGenerator       this JVM's CPU list (Gatling and the probe), e.g. {@code 1}
 * @param isolated            whether the two lists share no CPU
 * @param loadGeneratorPinned whether this JVM was pinned to its list ({@code taskset}); if not it ran anywhere
 * @param bundleCpus          the {@code --cpus} the bundle was compiled with; empty when it does not say
 */
public record CpuAssignment(int hostCpus, String site, String loadGenerator, boolean isolated,
    boolean loadGeneratorPinned, Optional<Integer> bundleCpus) {

  public CpuAssignment {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(loadGenerator, "loadGenerator");
    Objects.requireNonNull(bundleCpus, "bundleCpus");
  }

  /** {@code site on CPU 0, load generator on CPU 1 (pinned)}. */
  public String describe() {
    return "site on CPU " + site + ", load generator on CPU " + loadGenerator
        + (loadGeneratorPinned ? " (pinned with taskset)" : " (not pinned: taskset failed, it ran on any CPU)")
        + (isolated ? "" : "; not isolated: the machine has one CPU");
  }
}
