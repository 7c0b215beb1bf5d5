package dev.produce.loadtest;

import dev.produce.loadtest.gatling.GatlingRun;
import dev.produce.loadtest.gatling.SimulationPlan;
import dev.produce.loadtest.probe.TtfbProbe;
import dev.produce.loadtest.site.CacheCounters;
import dev.produce.loadtest.site.DrupalCacheReads;
import dev.produce.loadtest.summary.BinReads;
import dev.produce.loadtest.summary.PhaseResult;
import dev.produce.loadtest.summary.Percentiles;
import dev.produce.loadtest.traffic.RequestKind;
import dev.produce.loadtest.traffic.ResponseRecorder;
import dev.produce.loadtest.traffic.Traffic;
import dev.produce.loadtest.workload.Workload;
import dev.produce.verifier.container.Target;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One measured run of a load test at one workload: a warm-up run at the same workload (no report,
 * not measured), then the measured Gatling run with the TTFB probe alongside, the cache daemon's
 * counters and the fixture site's Drupal cache read counters read right before and right after it. With a report,
 * the run's Gatling report ends up in {@code <work>/<phase>/} (e.g. {@code before/open-50pct-1/}). With several
 * sites (twins), each gets the same workload at the same moment, its own probe and its own counters.
 */
final class PhaseRunner {
  private static final long WARMUP_SEED = 1;
  private static final long MEASURED_SEED = 2;
  private static final long PROBE_SEED = 3;
  private static final Duration PROBE_INTERVAL = Duration.ofMillis(50);
  private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

  /**
   * One site a run loads.
   *
   * @param origin the site's scheme://host:port
   * @param target the fixture site's container; empty for a site measured by URL
   */
  record Site(URI origin, Optional<Target> target) {}

  private final LoadTestSettings settings;
  private final List<Site> sites;
  private final Traffic traffic;
  private final Path work;
  private final Progress progress;

  /** Runs that load one site. */
  PhaseRunner(LoadTestSettings settings, URI origin, Traffic traffic, Path work, Progress progress,
      Optional<Target> site) {
    this(settings, List.of(new Site(origin, site)), traffic, work, progress);
  }

  /** Runs that load every one of {@code sites} at the same time, each with the same workload (twin sites). */
  PhaseRunner(LoadTestSettings settings, List<Site> sites, Traffic traffic, Path work, Progress progress) {
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("a run loads at least one site");
    }
    this.settings = settings;
    this.sites = List.copyOf(sites);
    this.traffic = traffic;
    this.work = work;
    this.progress = progress;
  }

  /** A measured run of {@code settings.duration()} after {@code settings.warmup()}, with its Gatling report. */
  PhaseResult run(String phase, Workload workload, Supplier<Optional<CacheCounters>> counters) throws IOException {
    return only(runAll(phase, workload, List.of(counters)));
  }

  PhaseResult run(String phase, Workload workload, Duration duration, Duration warmup, boolean report,
      Supplier<Optional<CacheCounters>> counters) throws IOException {
    return only(runAll(phase, workload, duration, warmup, report, List.of(counters)));
  }

  /** As {@link #run(String, Workload, Supplier)} on every site at once: one result per site, in order. */
  List<PhaseResult> runAll(String phase, Workload workload, List<Supplier<Optional<CacheCounters>>> counters)
      throws IOException {
    return runAll(phase, workload, settings.duration(), settings.warmup(), true, counters);
  }

  /** Nothing counted but requests and the Drupal cache reads: one empty counter source per site. */
  List<Supplier<Optional<CacheCounters>>> noDaemonCounters() {
    return sites.stream().<Supplier<Optional<CacheCounters>>>map(site -> Optional::empty).toList();
  }

  List<PhaseResult> runAll(String phase, Workload workload, Duration duration, Duration warmup, boolean report,
      List<Supplier<Optional<CacheCounters>>> counters) throws IOException {
    if (counters.size() != sites.size()) {
      throw new IllegalArgumentException(sites.size() + " sites but " + counters.size() + " counter sources");
    }
    if (!warmup.isZero()) {
      progress.step(String.format(Locale.ROOT, "%s: warming up for %d s (%s)", phase, warmup.toSeconds(),
          workload.describe()));
      GatlingRun.run(plans(workload, warmup, WARMUP_SEED, sites.stream().map(site -> new ResponseRecorder()).toList()),
          work.resolve(".gatling"), phase + " warm-up", false, work.resolve("gatling.log"));
    }
    List<Optional<CacheCounters>> start = counters.stream().map(Supplier::get).toList();
    List<Optional<DrupalCacheReads>> drupalStart = sites.stream().map(site -> site.target().flatMap(DrupalCacheReads::read))
        .toList();
    List<ResponseRecorder> recorders = sites.stream().map(site -> new ResponseRecorder()).toList();
    List<SimulationPlan> plans = plans(workload, duration, MEASURED_SEED, recorders);
    SimulationPlan first = plans.get(0);
    progress.step(String.format(Locale.ROOT, "%s: measuring for %d s (%s%s)", phase, duration.toSeconds(),
        workload instanceof Workload.Closed ? first.anonymousUsers() + " anonymous, " + first.authenticatedUsers()
            + " logged-in users, closed" : workload.describe(),
        sites.size() > 1 ? "; on each of " + sites.size() + " sites at once" : ""));
    List<TtfbProbe> probes = new ArrayList<>();
    for (SimulationPlan plan : plans) {
      probes.add(TtfbProbe.start(plan.origin(), traffic.visits(RequestKind.PAGE_ANONYMOUS, PROBE_SEED),
          traffic.offers(RequestKind.PAGE_AUTHENTICATED)
              ? Optional.of(traffic.visits(RequestKind.PAGE_AUTHENTICATED, PROBE_SEED + 1)) : Optional.empty(),
          plan.authenticatedShare(), PROBE_INTERVAL));
    }
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "loadtest-progress");
      thread.setDaemon(true);
      return thread;
    });
    long started = System.nanoTime();
    List<Target> targets = sites.stream().flatMap(site -> site.target().stream()).toList();
    Optional<BackgroundCpu.Reading> cpuAtStart = BackgroundCpu.read(targets);
    ticker.scheduleAtFixedRate(() -> progress.step(status(phase, duration, started, recorders, probes)),
        PROGRESS_INTERVAL.toMillis(), PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    Path reportDir;
    try {
      reportDir = GatlingRun.run(plans, work.resolve(".gatling"), phase, report, work.resolve("gatling.log"));
    } finally {
      ticker.shutdownNow();
      probes.forEach(TtfbProbe::close);
    }
    Optional<BackgroundCpu.Reading> cpuAtEnd = BackgroundCpu.read(targets);
    Optional<Double> backgroundCpu = BackgroundCpu.percent(cpuAtStart, cpuAtEnd);
    List<PhaseResult> results = new ArrayList<>();
    for (int i = 0; i < sites.size(); i++) {
      Optional<CacheCounters> end = counters.get(i).get();
      Optional<DrupalCacheReads> drupalEnd = sites.get(i).target().flatMap(DrupalCacheReads::read);
      Optional<DrupalCacheReads> drupalFrom = drupalStart.get(i);
      Map<String, BinReads> drupalReads = drupalFrom.flatMap(s -> drupalEnd.flatMap(e -> DrupalCacheReads.between(s, e)))
          .orElse(Map.of());
      Optional<CacheCounters> from = start.get(i);
      results.add(result(recorders.get(i), probes.get(i), duration,
          from.flatMap(s -> end.flatMap(e -> CacheCounters.hitRate(s, e))),
          from.flatMap(s -> end.map(e -> CacheCounters.evictions(s, e))), backgroundCpu, drupalReads));
    }
    if (report) {
      ReportDirectory.moveGatlingReport(reportDir, work.resolve(phase));
    }
    for (int i = 0; i < results.size(); i++) {
      PhaseResult result = results.get(i);
      progress.step(String.format(Locale.ROOT, "%s%s: %,d requests (%,d failed), %,.0f req/s, TTFB p95 %s%s%s", phase,
          sites.size() > 1 ? " site " + (i + 1) : "", result.requests(), result.errors(), result.throughputRps(),
          result.ttfbMs().map(p -> String.format(Locale.ROOT, "%.1f ms", p.p95())).orElse("—"),
          result.drupalCacheHitRate().map(rate -> String.format(Locale.ROOT, ", Drupal cache reads served from cache"
              + " %.1f %%", rate * 100)).orElse(""),
          result.microcacheHitRate().map(rate -> String.format(Locale.ROOT, ", microcache hits %.0f %% of anonymous"
              + " pages", rate * 100)).orElse("")));
    }
    return results;
  }

  private static PhaseResult result(ResponseRecorder recorder, TtfbProbe probe, Duration duration,
      Optional<Double> daemonHitRate, Optional<Long> evictions, Optional<Double> backgroundCpu,
      Map<String, BinReads> drupalReads) {
    double seconds = recorder.spanSeconds() > 0 ? recorder.spanSeconds() : duration.toSeconds();
    return new PhaseResult(probe.percentiles(), probe.percentiles(RequestKind.PAGE_ANONYMOUS),
        probe.percentiles(RequestKind.PAGE_AUTHENTICATED), recorder.pages(), recorder.requests(), recorder.errors(),
        seconds, daemonHitRate, evictions, probe.samples(), probe.errors(), recorder.byKind(), backgroundCpu,
        probe.microcacheHitRate(RequestKind.PAGE_ANONYMOUS), probe.microcacheHitRate(RequestKind.PAGE_AUTHENTICATED),
        recorder.pageLoads(), drupalReads);
  }

  private PhaseResult only(List<PhaseResult> results) {
    if (results.size() != 1) {
      throw new IllegalStateException("a run on " + sites.size() + " sites has " + results.size() + " results");
    }
    return results.get(0);
  }

  private List<SimulationPlan> plans(Workload workload, Duration duration, long seed, List<ResponseRecorder> recorders) {
    List<SimulationPlan> plans = new ArrayList<>();
    for (int i = 0; i < sites.size(); i++) {
      plans.add(new SimulationPlan(sites.get(i).origin(), traffic, workload, duration, seed, recorders.get(i)));
    }
    return plans;
  }

  private String status(String phase, Duration duration, long started, List<ResponseRecorder> recorders,
      List<TtfbProbe> probes) {
    long elapsed = Math.min(duration.toSeconds(), (System.nanoTime() - started) / 1_000_000_000L);
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %d/%d s", phase, elapsed,
        duration.toSeconds()));
    for (int i = 0; i < recorders.size(); i++) {
      line.append(String.format(Locale.ROOT, "%s %,d requests (%,d failed), TTFB p95 so far %s",
          recorders.size() > 1 ? "; site " + (i + 1) + ":" : ",", recorders.get(i).requests(),
          recorders.get(i).errors(), probes.get(i).percentiles().map(Percentiles::p95)
              .map(p -> String.format(Locale.ROOT, "%.1f ms", p)).orElse("—")));
    }
    return line.toString();
  }
}
