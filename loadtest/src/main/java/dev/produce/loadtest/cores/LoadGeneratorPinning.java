package dev.produce.loadtest.cores;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Pins this JVM (Gatling, the probe, everything the load test runs in-process) to the load
 * generator's CPUs with util-linux's {@code taskset -a -p -c LIST PID}: {@code -a} sets every
 * existing thread, and threads started later inherit their creator's affinity. Done here rather than
 * in the launcher because the split depends on the bundle and the machine, which this JVM reads, and
 * because {@code java -jar} users get it too. Where taskset is missing (not Linux) the run goes on
 * unpinned and the summary says so.
 */
public final class LoadGeneratorPinning {
  private LoadGeneratorPinning() {}

  /** Pins this process to {@code cpus}; returns whether taskset succeeded. */
  public static boolean pin(List<Integer> cpus) {
    ProcessBuilder taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", CpuSplit.list(cpus),
        Long.toString(ProcessHandle.current().pid())).redirectErrorStream(true);
    try {
      Process process = taskset.start();
      process.getInputStream().readAllBytes();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The CPUs this process may run on now, as taskset reports them (for the log); empty when unknown. */
  public static String current() {
    try {
      Process process = new ProcessBuilder("taskset", "-c", "-p", Long.toString(ProcessHandle.current().pid()))
          .redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      process.waitFor(10, TimeUnit.SECONDS);
      int colon = out.lastIndexOf(':');
      return colon < 0 ? "" : out.substring(colon + 1).strip();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
