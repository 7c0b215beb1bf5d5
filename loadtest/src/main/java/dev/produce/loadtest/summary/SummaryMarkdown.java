package dev.produce.loadtest.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code summary.md}: the headline, the original design's targets against what was measured, with
 * repeated runs a table of every load (median and range of the
 * p95 TTFB before and after, the median ratio, the verdict), one table of before / after / change of
 * the runs shown in detail, the gate's verdict, and how the numbers were made — readable in ten seconds.
 */
public final class SummaryMarkdown {
  private static final String NONE = "—";
  /** The header of the table of every load (with repeated runs): the CLI prints it. */
  public static final String LOADS_HEADER = LoadsTable.HEADER;
  /** The header of the table of the original design's targets (the first table): the CLI prints it. */
  public static final String SEED_TARGETS_HEADER = SeedTargets.HEADER;
  /** The header of the table of medians (p95, p99, throughput; with repeated runs): the CLI prints it. */
  public static final String MEDIANS_HEADER = MediansTable.HEADER;

  private SummaryMarkdown() {}

  public static String format(Summary summary) {
    StringBuilder md = new StringBuilder();
    md.append("# produce-loadtest: ").append(headline(summary)).append("\n\n");
    SeedTargets.format(md, SeedTargets.of(summary));
    RunInfo run = summary.run();
    md.append(run.control()
        ? "Control run (A/A): nothing applied, stock Debian on both of the " + run.target() + "; \"before\" is the"
            + " twin that stock would hold, \"after\" the one the bundle would go to, so every difference below is"
            + " the measurement's own spread. The bundle `" + run.bundleCommand().orElse("") + "` only sized the"
            + " containers.\n"
        : run.bundleCommand().map(command -> "Bundle: `" + command + "`, applied to the " + run.target() + ".\n")
            .orElse("Target: " + run.target() + " (nothing applied).\n"));
    if (summary.loads().isEmpty()) {
      md.append(String.format(Locale.ROOT, "%d concurrent users, %d s per phase after a %d s warm-up. Machine: %s.%n%n",
          run.users(), run.durationSeconds(), run.warmupSeconds(), machine(run.machine())));
    } else {
      LoadsTable.intro(md, summary);
      md.append(String.format(Locale.ROOT, "Machine: %s.%n%n", machine(run.machine())));
      LoadsTable.format(md, summary.loads());
      md.append('\n');
      MediansTable.format(md, summary.loads());
      md.append("\nThe runs shown in detail: the median ones at ").append(LoadsTable.primaryLabel(summary))
          .append(".\n\n");
    }
    table(md, summary);
    SaturationHint.of(summary).ifPresent(hint -> md.append('\n').append(hint).append('\n'));
    md.append('\n').append(gate(summary.gate())).append("\n\n");
    md.append("TTFB is the time until the response headers arrive, measured on HTML pages by a probe running "
        + "alongside Gatling (").append(samples(summary)).append("); response is Gatling's full response time of "
        + "HTML pages; page load is an anonymous visit's page and every asset it references, one after another (the"
        + " Gatling group \"page load\"). \"Drupal cache reads served from cache\" counts Drupal's cache item reads"
        + " (all bins) that returned a valid item, as the fixture site counts them; \"daemon keyspace/get hits\" are"
        + " the cache daemon's own counters (Redis keyspace_hits/misses, memcached get_hits/misses), which count"
        + " every lookup, cache-tag checksums included. Gatling's reports: ").append(reports(summary)).append("; chart: [ttfb.svg](ttfb.svg).\n");
    return md.toString();
  }

  /**
   * Links to Gatling's reports: one per run with repeated runs (one per pair with twin sites: both sites' visits in
   * one report), else before/ and after/.
   */
  private static String reports(Summary summary) {
    if (summary.loads().isEmpty()) {
      return (summary.before().isPresent() ? "[before](before/index.html), " : "") + "[after](after/index.html)";
    }
    StringBuilder links = new StringBuilder("one per run, ");
    for (LoadComparison load : summary.loads()) {
      links.append(load.key()).append(' ');
      for (int pair = 1; pair <= Math.max(load.before().size(), load.after().size()); pair++) {
        String run = load.key() + "-" + pair;
        if (summary.run().twins()) {
          links.append(pair == 1 ? "" : " ").append("[").append(pair).append("](twins/").append(run)
              .append("/index.html)");
        } else {
          links.append(pair == 1 ? "" : " ").append("[B](before/").append(run).append("/index.html) [A](after/")
              .append(run).append("/index.html)");
        }
      }
      links.append(load == summary.loads().get(summary.loads().size() - 1) ? "" : ", ");
    }
    return links.toString();
  }

  private static String headline(Summary summary) {
    String gate = summary.gate().passed() ? "gate passed"
        : summary.gate().inconclusive() ? "gate FAILED: inconclusive" : "gate FAILED";
    String where = summary.loads().isEmpty() ? "" : " at " + LoadsTable.primaryLabel(summary) + ", median";
    String control = summary.run().control() ? "control, stock against stock: " : "";
    return control + summary.ttfbP95ReductionPct()
        .map(pct -> "p95 TTFB " + Numbers.change(-pct) + where + " (" + gate + ")")
        .orElse(summary.after().ttfbMs().map(t -> "p95 TTFB " + Numbers.millis(t.p95())).orElse("no TTFB measured")
            + " (" + gate + ")");
  }

  private static void table(StringBuilder md, Summary summary) {
    Optional<PhaseResult> before = summary.before();
    PhaseResult after = summary.after();
    md.append(before.isPresent() ? "| | before | after | change |\n|---|---:|---:|---:|\n" : "| | measured |\n|---|---:|\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(latency("TTFB p50", before, after, p -> p.ttfbMs().map(Percentiles::p50)));
    rows.add(latency("**TTFB p95**", before, after, p -> p.ttfbMs().map(Percentiles::p95)));
    rows.add(latency("TTFB p99", before, after, p -> p.ttfbMs().map(Percentiles::p99)));
    // Split by visitor only where something was measured: no logged-in row for crawled traffic.
    latencyIfMeasured("TTFB p95, anonymous pages", before, after, p -> p.ttfbAnonymousMs().map(Percentiles::p95))
        .ifPresent(rows::add);
    latencyIfMeasured("TTFB p95, logged-in pages", before, after, p -> p.ttfbAuthenticatedMs().map(Percentiles::p95))
        .ifPresent(rows::add);
    rows.add(latency("Response p95 (pages)", before, after, p -> p.responseMs().map(Percentiles::p95)));
    latencyIfMeasured("Page load p50 (anonymous page + assets)", before, after,
        p -> p.pageLoadMs().map(Percentiles::p50)).ifPresent(rows::add);
    latencyIfMeasured("Page load p95 (anonymous page + assets)", before, after, LoadComparison::pageLoadP95)
        .ifPresent(rows::add);
    rows.add(new String[] {"Throughput", before.map(SummaryMarkdown::rps).orElse(NONE), rps(after),
        before.flatMap(b -> change(b.throughputRps(), after.throughputRps())).orElse("")});
    rows.add(new String[] {"Requests (errors)", before.map(SummaryMarkdown::requests).orElse(NONE), requests(after), ""});
    rows.add(new String[] {"Drupal cache reads served from cache",
        before.map(p -> percent(p.drupalCacheHitRate())).orElse(NONE), percent(after.drupalCacheHitRate()), ""});
    if (!after.drupalCacheReads().isEmpty() || before.map(p -> !p.drupalCacheReads().isEmpty()).orElse(false)) {
      rows.add(new String[] {"Drupal cache reads served, by bin", before.map(SummaryMarkdown::byBin).orElse(NONE),
          byBin(after), ""});
    }
    rows.add(new String[] {"Daemon keyspace/get hits", before.map(SummaryMarkdown::hitRate).orElse(NONE),
        hitRate(after), ""});
    if (before.map(SummaryMarkdown::hasMicrocache).orElse(false) || hasMicrocache(after)) {
      rows.add(new String[] {"Microcache hits (anonymous / logged in)",
          before.map(SummaryMarkdown::microcache).orElse(NONE), microcache(after), ""});
    }
    rows.add(new String[] {"Other CPU use (noise)", before.map(SummaryMarkdown::background).orElse(NONE),
        background(after), ""});
    for (String[] row : rows) {
      // Without a before phase (--target-url) the table has the measured column alone.
      String[] cells = before.isPresent() ? row : new String[] {row[0], row[2]};
      md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
  }

  private static String[] latency(String label, Optional<PhaseResult> before, PhaseResult after,
      Function<PhaseResult, Optional<Double>> value) {
    Optional<Double> b = before.flatMap(value);
    Optional<Double> a = value.apply(after);
    String change = b.flatMap(x -> a.flatMap(y -> change(x, y))).orElse("");
    return new String[] {label, b.map(Numbers::millis).orElse(NONE), a.map(Numbers::millis).orElse(NONE), change};
  }

  private static Optional<String[]> latencyIfMeasured(String label, Optional<PhaseResult> before, PhaseResult after,
      Function<PhaseResult, Optional<Double>> value) {
    boolean measured = before.flatMap(value).isPresent() || value.apply(after).isPresent();
    return measured ? Optional.of(latency(label, before, after, value)) : Optional.empty();
  }

  private static Optional<String> change(double before, double after) {
    return before > 0 ? Optional.of(Numbers.change((after - before) / before * 100)) : Optional.empty();
  }

  private static String rps(PhaseResult phase) {
    return String.format(Locale.ROOT, "%,.0f req/s", phase.throughputRps());
  }

  private static String requests(PhaseResult phase) {
    return String.format(Locale.ROOT, "%,d (%,d)", phase.requests(), phase.errors());
  }

  private static String hitRate(PhaseResult phase) {
    return phase.cacheHitRate().map(rate -> String.format(Locale.ROOT, "%.1f %%", rate * 100)
        + phase.cacheEvictions().map(evicted -> String.format(Locale.ROOT, " (%,d evicted)", evicted)).orElse(""))
        .orElse(NONE);
  }

  /** {@code page 50.0 % of 2, render 97.0 % of 1,200}: each bin's hit rate and reads; {@code —} when not counted. */
  private static String byBin(PhaseResult phase) {
    List<String> bins = new ArrayList<>();
    phase.drupalCacheReadsByBin().forEach((bin, reads) -> bins.add(String.format(Locale.ROOT, "%s %s of %,d", bin,
        percent(reads.hitRate()), reads.reads())));
    return bins.isEmpty() ? NONE : String.join(", ", bins);
  }

  private static boolean hasMicrocache(PhaseResult phase) {
    return phase.microcacheHitRate().isPresent() || phase.microcacheHitRateAuthenticated().isPresent();
  }

  /** {@code 92.4 % / 0.0 %}: anonymous / logged-in; {@code —} without a microcache. */
  private static String microcache(PhaseResult phase) {
    if (!hasMicrocache(phase)) {
      return NONE;
    }
    return percent(phase.microcacheHitRate()) + " / " + percent(phase.microcacheHitRateAuthenticated());
  }

  private static String percent(Optional<Double> share) {
    return share.map(rate -> String.format(Locale.ROOT, "%.1f %%", rate * 100)).orElse(NONE);
  }

  private static String background(PhaseResult phase) {
    return phase.backgroundCpuPct().map(pct -> String.format(Locale.ROOT, "%.0f %%", pct)).orElse(NONE);
  }

  private static String gate(Gate gate) {
    String required = gate.ttfbReductionPct().map(pct -> "p95 TTFB at least " + Numbers.trimmed(pct) + " % lower, ")
        .orElse("no TTFB reduction required, ");
    String conditions = required + "at most " + Numbers.trimmed(gate.maxErrorRatePct()) + " % failed requests after";
    if (gate.passed()) {
      return "**Gate: passed** (" + conditions + ").";
    }
    return "**Gate: FAILED** (" + conditions + "): " + String.join("; ", gate.reasons()) + ".";
  }

  private static String samples(Summary summary) {
    String after = summary.after().ttfbSamples() + " samples";
    return summary.before().map(b -> b.ttfbSamples() + " samples before, " + after + " after").orElse(after);
  }

  private static String machine(Machine machine) {
    return String.format(Locale.ROOT, "%d cores, %,d MB, load average %.1f before the run and %.1f at its end (which"
        + " counts the load test's own processes; %s)",
        machine.cores(), machine.memoryMb(), machine.loadAtStart(), machine.loadAtEnd(), machine.description());
  }
}
