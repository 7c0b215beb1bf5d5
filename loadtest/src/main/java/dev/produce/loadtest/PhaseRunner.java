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
 * counters and the fixture site's Drupal cache read counters read right before and right after it. With a report, the run's Gatling report ends up in
 * {@code <work>/<phase>/} (e.g. {@code before/open-50pct-1/}).
 */
final class PhaseRunner {
  private static final long WARMUP_SEED = 1;
  private static final long MEASURED_SEED = 2;
  private static final long PROBE_SEED = 3;
  private static final Duration PROBE_INTERVAL = Duration.ofMillis(50);
  private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

  private final LoadTestSettings settings;
  private final URI origin;
  private final Traffic traffic;
  private final Path work;
  private final Progress progress;
  private final Optional<Target> site;

  PhaseRunner(LoadTestSettings settings, URI origin, Traffic traffic, Path work, Progress progress,
      Optional<Target> site) {
    this.settings = settings;
    this.origin = origin;
    this.traffic = traffic;
    this.work = work;
    this.progress = progress;
    this.site = site;
  }

  /** A measured run of {@code settings.duration()} after {@code settings.warmup()}, with its Gatling report. */
  PhaseResult run(String phase, Workload workload, Supplier<Optional<CacheCounters>> counters) throws IOException {
    return run(phase, workload, settings.duration(), settings.warmup(), true, counters);
  }

  PhaseResult run(String phase, Workload workload, Duration duration, Duration warmup, boolean report,
      Supplier<Optional<CacheCounters>> counters) throws IOException {
    if (!warmup.isZero()) {
      progress.step(String.format(Locale.ROOT, "%s: warming up for %d s (%s)", phase, warmup.toSeconds(),
          workload.describe()));
      GatlingRun.run(plan(workload, warmup, WARMUP_SEED, new ResponseRecorder()), work.resolve(".gatling"),
          phase + " warm-up", false, work.resolve("gatling.log"));
    }
    Optional<CacheCounters> start = counters.get();
    Optional<DrupalCacheReads> drupalStart = site.flatMap(DrupalCacheReads::read);
    ResponseRecorder recorder = new ResponseRecorder();
    SimulationPlan plan = plan(workload, duration, MEASURED_SEED, recorder);
    progress.step(String.format(Locale.ROOT, "%s: measuring for %d s (%s)", phase, duration.toSeconds(),
        workload instanceof Workload.Closed ? plan.anonymousUsers() + " anonymous, " + plan.authenticatedUsers()
            + " logged-in users, closed" : workload.describe()));
    TtfbProbe probe = TtfbProbe.start(plan.origin(), traffic.visits(RequestKind.PAGE_ANONYMOUS, PROBE_SEED),
        traffic.offers(RequestKind.PAGE_AUTHENTICATED)
            ? Optional.of(traffic.visits(RequestKind.PAGE_AUTHENTICATED, PROBE_SEED + 1)) : Optional.empty(),
        plan.authenticatedShare(), PROBE_INTERVAL);
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "loadtest-progress");
      thread.setDaemon(true);
      return thread;
    });
    long started = System.nanoTime();
    Optional<BackgroundCpu.Reading> cpuAtStart = BackgroundCpu.read(site);
    ticker.scheduleAtFixedRate(() -> progress.step(status(phase, duration, started, recorder, probe)),
        PROGRESS_INTERVAL.toMillis(), PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    Path reportDir;
    try {
      reportDir = GatlingRun.run(plan, work.resolve(".gatling"), phase, report, work.resolve("gatling.log"));
    } finally {
      ticker.shutdownNow();
      probe.close();
    }
    Optional<BackgroundCpu.Reading> cpuAtEnd = BackgroundCpu.read(site);
    Optional<CacheCounters> end = counters.get();
    Optional<DrupalCacheReads> drupalEnd = site.flatMap(DrupalCacheReads::read);
    Map<String, BinReads> drupalReads = drupalStart.flatMap(s -> drupalEnd.flatMap(e -> DrupalCacheReads.between(s, e)))
        .orElse(Map.of());
    if (report) {
      ReportDirectory.moveGatlingReport(reportDir, work.resolve(phase));
    }
    double seconds = recorder.spanSeconds() > 0 ? recorder.spanSeconds() : duration.toSeconds();
    PhaseResult result = new PhaseResult(probe.percentiles(), probe.percentiles(RequestKind.PAGE_ANONYMOUS),
        probe.percentiles(RequestKind.PAGE_AUTHENTICATED), recorder.pages(), recorder.requests(), recorder.errors(),
        seconds, start.flatMap(s -> end.flatMap(e -> CacheCounters.hitRate(s, e))),
        start.flatMap(s -> end.map(e -> CacheCounters.evictions(s, e))), probe.samples(), probe.errors(),
        recorder.byKind(), BackgroundCpu.percent(cpuAtStart, cpuAtEnd),
        probe.microcacheHitRate(RequestKind.PAGE_ANONYMOUS), probe.microcacheHitRate(RequestKind.PAGE_AUTHENTICATED),
        recorder.pageLoads(), drupalReads);
    progress.step(String.format(Locale.ROOT, "%s: %,d requests (%,d failed), %,.0f req/s, TTFB p95 %s%s%s", phase,
        result.requests(), result.errors(), result.throughputRps(),
        result.ttfbMs().map(p -> String.format(Locale.ROOT, "%.1f ms", p.p95())).orElse("—"),
        result.drupalCacheHitRate().map(rate -> String.format(Locale.ROOT, ", Drupal cache reads served from cache"
            + " %.1f %%", rate * 100)).orElse(""),
        result.microcacheHitRate().map(rate -> String.format(Locale.ROOT, ", microcache hits %.0f %% of anonymous pages",
            rate * 100)).orElse("")));
    return result;
  }

  private SimulationPlan plan(Workload workload, Duration duration, long seed, ResponseRecorder recorder) {
    return new SimulationPlan(origin, traffic, workload, duration, seed, recorder);
  }

  private String status(String phase, Duration duration, long started, ResponseRecorder recorder, TtfbProbe probe) {
    long elapsed = Math.min(duration.toSeconds(), (System.nanoTime() - started) / 1_000_000_000L);
    return String.format(Locale.ROOT, "%s: %d/%d s, %,d requests (%,d failed), TTFB p95 so far %s", phase, elapsed,
        duration.toSeconds(), recorder.requests(), recorder.errors(),
        probe.percentiles().map(Percentiles::p95).map(p -> String.format(Locale.ROOT, "%.1f ms", p)).orElse("—"));
  }
}
