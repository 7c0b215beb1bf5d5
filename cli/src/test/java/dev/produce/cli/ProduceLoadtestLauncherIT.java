package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.Generators;
import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.loadtest.summary.SummaryMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One short end-to-end run of the real {@code bin/produce-loadtest}: a redis bundle compiled for one
 * CPU on the fixture site pinned to one CPU, one before/after pair at 50 % of a given capacity (open
 * model) and at saturation, asked for the impossible (a 100 % p95 TTFB reduction).
 * Asserts the report files and the gate's exit code, never speed.
 */
class ProduceLoadtestLauncherIT {
  private static final long TIMEOUT_MINUTES = 10;

  @TempDir Path workDir;

  /** Output of one launcher run. */
  private record Result(int exitCode, String out, String err) {}

  @Test
  void launcher_impossibleGate_writesTheWholeReportAndExits1() throws Exception {
    // a given capacity and no warm-ups keep it short: four measured runs of 5 s
    Result result = runOnARedisBundle("end-to-end run", "--duration", "5s", "--warmup", "0s", "--users", "4",
        "--pairs", "1", "--rates", "50", "--capacity", "2", "--site-cpus", "1", "--gate-ttfb-reduction", "100");

    assertThat(result.exitCode()).as("exit code; stdout:%n%s%nstderr:%n%s", result.out(), result.err()).isEqualTo(1);
    Path report = workDir.resolve("report");
    for (String file : List.of("summary.json", "summary.md", "ttfb.svg", "apply.log", "gatling.log",
        "before/open-50pct-1/index.html", "after/open-50pct-1/index.html", "before/saturation-1/simulation.log",
        "after/saturation-1/simulation.log")) {
      assertThat(report.resolve(file)).as(file).isNotEmptyFile();
    }
    JsonNode summary = new ObjectMapper().readTree(report.resolve("summary.json").toFile());
    assertThat(summary.get("gate").get("passed").asBoolean()).isFalse();
    assertThat(summary.get("gate").get("ttfb_reduction_pct").asDouble()).isEqualTo(100.0);
    assertThat(summary.get("run").get("caches_at_start").asText()).isEqualTo("filled");
    for (String phase : List.of("before", "after")) {
      assertThat(summary.get(phase).get("requests").asLong()).as("%s requests", phase).isPositive();
      assertThat(summary.get(phase).get("ttfb_ms").get("p95").isNumber()).as("%s p95 TTFB", phase).isTrue();
      assertThat(summary.get(phase).get("by_kind").has("page_authenticated")).isTrue();
      assertThat(summary.get(phase).get("page_load_ms").get("p95").isNumber()).as("%s page load", phase).isTrue();
      assertThat(summary.get(phase).get("drupal_cache_hit_rate").isNumber()).as("%s Drupal hit rate", phase).isTrue();
      assertThat(summary.get(phase).get("drupal_cache_hits_by_bin").has("page")).as("%s page bin", phase).isTrue();
    }
    assertThat(summary.get("seed_targets")).hasSize(6);
    assertThat(Files.readString(report.resolve("summary.md"))).contains("\n\n| seed target | required | measured | met |\n")
        .contains("| Drupal cache reads served from cache |").contains("| Daemon keyspace/get hits |");
    assertThat(summary.get("loads")).extracting(load -> load.get("key").asText())
        .containsExactly("open-50pct", "saturation");
    assertThat(summary.get("loads").get(0).get("model").asText()).isEqualTo("open");
    assertThat(summary.get("capacity").get("visits_per_s").asDouble()).isEqualTo(2.0);
    assertThat(summary.get("run").get("cpus").get("site").asText()).isEqualTo("0");
    assertThat(summary.get("before").get("cache_hit_rate").isNull()).as("no cache daemon before").isTrue();
    assertThat(summary.get("after").get("cache_hit_rate").isNumber()).as("redis counters after").isTrue();
    assertThat(Files.readString(report.resolve("apply.log"))).contains("healthy: redis-server");
    assertThat(result.out()).contains("Drupal's caches emptied; filling them: ").contains("Drupal's caches filled in ")
        .contains("[loadtest] before/open-50pct-1: measuring")
        .contains("[loadtest] after/saturation-1: measuring").contains("| seed target | required | measured | met |").contains("| load | offered |")
        .contains(SummaryMarkdown.MEDIANS_HEADER).contains("| **TTFB p95** |").contains("Gate: FAILED").contains("Wrote report/");
    try (var leftovers = Files.list(workDir)) {
      assertThat(leftovers.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("bundle", "report");
    }
  }

  @Test
  void launcher_twins_moveTheBundleBetweenTheSites_andReportEachPair() throws Exception {
    // two pairs: the bundle goes to site 2, then moves to site 1; two measured runs of 5 s per pair, from
    // emptied caches (the end-to-end run fills them; a fill takes about 80 s a twin here)
    Result result = runOnARedisBundle("twin run", "--twins", "--duration", "5s", "--warmup", "0s", "--users", "4",
        "--pairs", "2", "--rates", "50", "--capacity", "2", "--site-cpus", "1", "--caches", "emptied");

    assertThat(result.exitCode()).as("exit code; stdout:%n%s%nstderr:%n%s", result.out(), result.err()).isIn(0, 1);
    Path report = workDir.resolve("report");
    for (String file : List.of("summary.json", "summary.md", "apply.log", "twins/open-50pct-1/index.html",
        "twins/open-50pct-2/index.html", "twins/saturation-2/index.html")) {
      assertThat(report.resolve(file)).as(file).isNotEmptyFile();
    }
    assertThat(report.resolve("before")).doesNotExist();
    JsonNode summary = new ObjectMapper().readTree(report.resolve("summary.json").toFile());
    assertThat(summary.get("run").get("twins").asBoolean()).isTrue();
    assertThat(summary.get("run").get("caches_at_start").asText()).isEqualTo("emptied");
    assertThat(summary.get("run").get("target").asText()).startsWith("twin fixture sites in ");
    for (JsonNode load : summary.get("loads")) {
      assertThat(load.get("before").get("runs").asInt()).as("%s stock runs", load.get("key")).isEqualTo(2);
      assertThat(load.get("after").get("runs").asInt()).as("%s bundle runs", load.get("key")).isEqualTo(2);
      assertThat(load.get("ttfb_p95_pair_ratios")).as("%s pair ratios", load.get("key")).hasSize(2);
    }
    assertThat(summary.get("before").get("cache_hit_rate").isNull()).as("stock's twin has no daemon").isTrue();
    assertThat(summary.get("after").get("cache_hit_rate").isNumber()).as("the bundle's twin: redis").isTrue();
    assertThat(Files.readString(report.resolve("summary.md"))).contains("pairs per load on twin sites");
    // the bundle was applied on site 2, undone there, then applied on site 1
    assertThat(result.out()).containsSubsequence("site 2: applying the bundle", "pair 1: stock on site 1, the bundle"
        + " on site 2", "site 2: undoing the bundle", "site 1: applying the bundle", "pair 2: stock on site 2, the"
        + " bundle on site 1").contains("twins/open-50pct-1 site 2: ")
        .contains("Drupal's caches emptied and left so (--caches emptied)").doesNotContain("filling them").contains("Wrote report/ (summary.md, summary.json, ttfb.svg, twins/)");
    assertThat(Files.readString(report.resolve("apply.log"))).contains("healthy: redis-server");
  }

  @Test
  void launcher_control_appliesNothing_andReportsStockAgainstStock() throws Exception {
    Result result = runOnARedisBundle("control run", "--twins", "--control", "--duration", "5s", "--warmup", "0s",
        "--users", "4", "--pairs", "1", "--rates", "50", "--capacity", "2", "--site-cpus", "1", "--caches", "emptied");

    assertThat(result.exitCode()).as("exit code; stdout:%n%s%nstderr:%n%s", result.out(), result.err()).isIn(0, 1);
    Path report = workDir.resolve("report");
    assertThat(report.resolve("twins/saturation-1/index.html")).isNotEmptyFile();
    assertThat(report.resolve("apply.log")).as("nothing was applied").doesNotExist();
    JsonNode summary = new ObjectMapper().readTree(report.resolve("summary.json").toFile());
    assertThat(summary.get("run").get("control").asBoolean()).isTrue();
    for (JsonNode load : summary.get("loads")) {
      assertThat(load.get("ttfb_p95_pair_ratios")).as("%s pair ratios", load.get("key")).hasSize(1);
    }
    // the redis bundle was not applied: neither twin has a cache daemon to count
    assertThat(summary.get("before").get("cache_hit_rate").isNull()).as("stock's twin").isTrue();
    assertThat(summary.get("after").get("cache_hit_rate").isNull()).as("the other stock twin").isTrue();
    assertThat(Files.readString(report.resolve("summary.md"))).startsWith("# produce-loadtest: control, stock against"
        + " stock: ").contains("Control run (A/A): nothing applied");
    assertThat(result.out()).contains("pair 1 (control): stock on site 1 and on site 2").doesNotContain("applying");
  }

  /**
   * Writes a redis bundle for one CPU (the site's) at {@code bundle/} and runs the launcher on it with
   * {@code --out report} and {@code options}, printing how long the run took.
   */
  private Result runOnARedisBundle(String what, String... options) throws IOException, InterruptedException {
    writeRedisBundle();
    long started = System.nanoTime();
    List<String> command = new ArrayList<>(List.of(launcher().toString(), "bundle", "--out", "report"));
    command.addAll(List.of(options));
    Result result = run(workDir, command.toArray(String[]::new));
    System.out.printf("[ProduceLoadtestLauncherIT] %s took %d s%n", what,
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    return result;
  }

  /** A redis bundle for one CPU (the site's) at {@code bundle/}. */
  private void writeRedisBundle() throws IOException {
    BundleWriter.write(Generators.bundle(Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12)
        .memoryMb(2048).cache(CacheBackend.REDIS).cpus(1)
        .build())), workDir.resolve("bundle"), false);
  }

  private static Result run(Path dir, String... command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("produce-it-", ".out");
    Path err = Files.createTempFile("produce-it-", ".err");
    try {
      Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
          .directory(dir.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within " + TIMEOUT_MINUTES + " min");
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static Path launcher() {
    return Launchers.of("produce-loadtest");
  }
}
