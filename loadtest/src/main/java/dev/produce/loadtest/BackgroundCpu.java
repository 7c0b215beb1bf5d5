package dev.produce.loadtest;

import dev.produce.verifier.container.Target;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of the machine's CPU went to something other than this load test during a phase: the
 * host's busy time ({@code /proc/stat}) minus this JVM's (Gatling, the probe) and the site
 * containers' (their cgroups' usage). Docker's port proxy counts as other. Linux only; empty elsewhere.
 */
final class BackgroundCpu {
  private static final long NANOS_PER_TICK = 10_000_000L;
  private static final Pattern CGROUP_V2 = Pattern.compile("usage_usec (\\d+)");

  /** One reading, all in nanoseconds of CPU time. */
  record Reading(long hostBusy, long hostTotal, long jvm, long site) {}

  private BackgroundCpu() {}

  /** A reading with the CPU time of every site container in {@code sites} as the site's. */
  static Optional<Reading> read(List<Target> sites) {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < cpu.length && i <= 8; i++) {
        total += Long.parseLong(cpu[i]);
      }
      long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
      long jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
          ? os.getProcessCpuTime() : 0;
      return Optional.of(new Reading((total - idle) * NANOS_PER_TICK, total * NANOS_PER_TICK, jvm,
          sites.stream().mapToLong(BackgroundCpu::containerNanos).sum()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The share of all CPU time between two readings used by neither the load test nor the site, in percent. */
  static Optional<Double> percent(Optional<Reading> start, Optional<Reading> end) {
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    Reading a = start.get();
    Reading b = end.get();
    long total = b.hostTotal() - a.hostTotal();
    if (total <= 0) {
      return Optional.empty();
    }
    long other = (b.hostBusy() - a.hostBusy()) - (b.jvm() - a.jvm()) - (b.site() - a.site());
    return Optional.of(Math.round(Math.max(0, other) * 1000.0 / total) / 10.0);
  }

  private static long containerNanos(Target site) {
    try {
      return Long.parseLong(site.readFile("/sys/fs/cgroup/cpuacct/cpuacct.usage").trim());
    } catch (RuntimeException v1Missing) {
      Matcher usage = CGROUP_V2.matcher(site.readFile("/sys/fs/cgroup/cpu.stat"));
      return usage.find() ? Long.parseLong(usage.group(1)) * 1000 : 0;
    }
  }
}
