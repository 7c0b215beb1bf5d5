package dev.produce.loadtest.cores;

import dev.produce.loadtest.summary.CpuAssignment;
import dev.produce.model.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The site container's CPUs (the first {@code siteCpus} of the machine) and the load generator's
 * (the rest). On a machine with one CPU nothing can be isolated: both share it.
 *
 * @param hostCpus      the machine's CPUs
 * @param site          CPU numbers of the site's container
 * @param loadGenerator CPU numbers of this JVM (Gatling, the probe)
 */
public record CpuSplit(int hostCpus, List<Integer> site, List<Integer> loadGenerator) {
  static final String OPTION = "--site-cpus";

  public CpuSplit {
    site = List.copyOf(site);
    loadGenerator = List.copyOf(loadGenerator);
  }

  /** Half the machine for the site (at least one CPU), the rest for the load generator. */
  public static int defaultSiteCpus(int hostCpus) {
    return Math.max(1, hostCpus / 2);
  }

  /**
   * Splits {@code hostCpus} into {@code siteCpus} for the site and the rest for the load generator;
   * refuses a site share that leaves the load generator nothing (on a machine with more than one CPU).
   */
  public static CpuSplit of(int hostCpus, int siteCpus) {
    if (hostCpus < 1) {
      throw new IllegalArgumentException("a machine has at least one CPU: " + hostCpus);
    }
    if (hostCpus == 1) {
      return new CpuSplit(1, List.of(0), List.of(0));
    }
    if (siteCpus < 1 || siteCpus >= hostCpus) {
      throw new InvalidInputException(OPTION, "must be between 1 and " + (hostCpus - 1) + " on this " + hostCpus
          + "-CPU machine (the load generator needs the rest), was " + siteCpus);
    }
    return new CpuSplit(hostCpus, range(0, siteCpus), range(siteCpus, hostCpus));
  }

  /** Whether the site and the load generator run on different CPUs. */
  public boolean isolated() {
    return site.stream().noneMatch(loadGenerator::contains);
  }

  /**
   * Checks the bundle was compiled for the site's CPU count: refuses a different {@code --cpus}
   * (its PHP-FPM workers would be sized for cores the site does not have); returns a warning when the
   * bundle does not record its CPUs.
   */
  public Optional<String> checkBundle(Optional<Integer> bundleCpus) {
    if (bundleCpus.isEmpty()) {
      return Optional.of("the bundle's profile.json records no --cpus; it is measured on the site's " + site.size()
          + " CPU" + (site.size() == 1 ? "" : "s") + " as if compiled for them");
    }
    if (bundleCpus.get() != site.size()) {
      throw new InvalidInputException("BUNDLE", "compiled with --cpus " + bundleCpus.get() + ", but the site's"
          + " container gets " + site.size() + " CPU" + (site.size() == 1 ? "" : "s") + " (" + list(site)
          + ") of this " + hostCpus + "-CPU machine: compile it with --cpus " + site.size()
          + (hostCpus > bundleCpus.get() ? " or give " + OPTION + " " + bundleCpus.get() : ""));
    }
    return Optional.empty();
  }

  /** The record in the summary. */
  public CpuAssignment assignment(boolean loadGeneratorPinned, Optional<Integer> bundleCpus) {
    return new CpuAssignment(hostCpus, list(site), list(loadGenerator), isolated(), loadGeneratorPinned, bundleCpus);
  }

  /** CPU numbers as Docker's and taskset's list: {@code 0}, {@code 1,2,3}. */
  public static String list(List<Integer> cpus) {
    return cpus.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static List<Integer> range(int from, int to) {
    return IntStream.range(from, to).boxed().toList();
  }
}
