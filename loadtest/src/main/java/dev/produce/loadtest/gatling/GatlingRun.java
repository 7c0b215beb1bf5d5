package dev.produce.loadtest.gatling;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@link SiteVisitsSimulation} for a plan in this JVM with
 * {@code io.gatling.app.Gatling$.MODULE$.fromArgs} (the JVM needs
 * {@code --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/jdk.internal.misc=ALL-UNNAMED}).
 * What Gatling prints goes to a log file, not to the console.
 */
public final class GatlingRun {
  private GatlingRun() {}

  /**
   * Runs the plan and returns the directory holding Gatling's HTML report ({@code index.html}) and
   * {@code simulation.log}, created under {@code resultsParent}; with {@code reports == false}
   * nothing but {@code simulation.log} is written.
   *
   * @throws GatlingFailedException when Gatling does not finish successfully (see {@code consoleLog})
   */
  public static Path run(SimulationPlan plan, Path resultsParent, String description, boolean reports,
      Path consoleLog) throws IOException {
    return run(List.of(plan), resultsParent, description, reports, consoleLog);
  }

  /**
   * Runs several plans in one simulation, at the same time (one per site, each with its own base URL and
   * recorder); otherwise as {@link #run(SimulationPlan, Path, String, boolean, Path)}.
   */
  public static Path run(List<SimulationPlan> plans, Path resultsParent, String description, boolean reports,
      Path consoleLog) throws IOException {
    Files.createDirectories(resultsParent);
    Path results = Files.createTempDirectory(resultsParent, "gatling-");
    List<String> args = new ArrayList<>(List.of(
        "-s", SiteVisitsSimulation.class.getName(),
        "-rf", results.toAbsolutePath().toString(),
        "-rd", description));
    if (!reports) {
      args.add("-nr");
    }
    int status;
    PrintStream out = System.out;
    PrintStream err = System.err;
    SimulationPlan.install(plans);
    try (OutputStream file = Files.newOutputStream(consoleLog, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        PrintStream log = new PrintStream(file, true, StandardCharsets.UTF_8)) {
      System.setOut(log);
      System.setErr(log);
      status = io.gatling.app.Gatling$.MODULE$.fromArgs(args.toArray(String[]::new));
    } catch (RuntimeException e) {
      throw new GatlingFailedException("Gatling failed: " + e + " (see " + consoleLog + ")", e);
    } finally {
      System.setOut(out);
      System.setErr(err);
      SimulationPlan.clear();
    }
    if (status != 0) {
      throw new GatlingFailedException("Gatling exited with status " + status + " (see " + consoleLog + ")", null);
    }
    return runDirectory(results);
  }

  /** Gatling writes into {@code <results>/<simulation id>-<timestamp>/}: the one directory there. */
  private static Path runDirectory(Path results) throws IOException {
    try (Stream<Path> entries = Files.list(results)) {
      List<Path> dirs = entries.filter(Files::isDirectory).toList();
      if (dirs.size() != 1) {
        throw new GatlingFailedException("expected one Gatling run directory in " + results + ", found " + dirs, null);
      }
      return dirs.get(0);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
