package dev.produce.loadtest;

import dev.produce.loadtest.summary.Machine;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** Reads the machine's cores, memory and load average for the report. */
final class MachineInfo {
  private MachineInfo() {}

  static double loadAverage() {
    return Math.max(0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** The machine, with the CPUs this JVM may use now. */
  static Machine describe(double loadAtStart) {
    return describe(loadAtStart, Runtime.getRuntime().availableProcessors());
  }

  /** The machine, with {@code cores} CPUs (read before this JVM was pinned to some of them). */
  static Machine describe(double loadAtStart, int cores) {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    long memoryMb = os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getTotalMemorySize() / (1024 * 1024) : Runtime.getRuntime().maxMemory() / (1024 * 1024);
    String description = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
    return new Machine(cores, memoryMb, loadAtStart, loadAverage(), description);
  }
}
