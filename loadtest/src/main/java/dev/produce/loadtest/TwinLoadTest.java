package dev.produce.loadtest;

import dev.produce.loadtest.summary.CachesAtStart;
import dev.produce.loadtest.bundle.BundleProfile;
import dev.produce.loadtest.site.BundleApplication;
import dev.produce.loadtest.site.CacheCounters;
import dev.produce.loadtest.site.SiteContainer;
import dev.produce.loadtest.summary.CpuAssignment;
import dev.produce.loadtest.summary.LoadComparison;
import dev.produce.loadtest.summary.PhaseResult;
import dev.produce.loadtest.summary.RunInfo;
import dev.produce.loadtest.summary.Summary;
import dev.produce.loadtest.traffic.FixtureSiteTraffic;
import dev.produce.loadtest.workload.Capacity;
import dev.produce.loadtest.workload.LoadPoint;
import dev.produce.loadtest.workload.Workload;
import dev.produce.verifier.container.TargetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * {@code produce-loadtest --twins}: two identical fixture sites on the same CPUs take the same load at the
 * same moment, stock on one and the bundle on the other. Whatever else the machine does in a run (another
 * process, the CPU's clock, the page cache) falls on both, so each pair's ratio compares the bundle with stock
 * under the same conditions. The bundle changes sides between pairs (pair 1 on site 2, pair 2 on site 1 …:
 * {@code ./produce --rollback} on one, {@code ./produce} on the other), so a difference between the two
 * containers cancels out over the pairs. Each site gets about half the site's CPUs; capacity and the open
 * loads are per site. One Gatling report per run holds both sites' visits ({@code twins/<load>-<pair>/}).
 *
 * <p>{@code --control} runs the same pairs with nothing applied (an A/A control): both twins stay stock and the
 * sides still swap, so the ratios it reports are the spread that the measurement gives two equal sites.
 */
final class TwinLoadTest {
  private static final int SITES = 2;

  private TwinLoadTest() {}

  static Summary run(LoadTestSettings settings, BundleProfile bundle, Path work, Progress progress, double loadAtStart)
      throws IOException {
    int hostCpus = Runtime.getRuntime().availableProcessors();
    CpuAssignment cpus = LoadTest.assignCpus(settings, bundle, progress, hostCpus);
    List<SiteContainer> sites = new ArrayList<>();
    try {
      for (int i = 1; i <= SITES; i++) {
        progress.step("starting twin site " + i + " of " + SITES + " (" + (bundle.memoryMb()
            + SiteContainer.DATABASE_SHARE_MB) + " MB: the bundle's and MariaDB's; CPU " + cpus.site()
            + ", shared by both twins) and installing the fixture site");
        sites.add(SiteContainer.start(bundle.suite(), bundle.memoryMb(), LoadTest.siteCpuset(cpus)));
        sites.get(i - 1).awaitServing(LoadTest.SERVING_TIMEOUT);
      }
      return measure(settings, bundle, sites, cpus, work, progress, loadAtStart, hostCpus);
    } finally {
      sites.forEach(SiteContainer::close);
    }
  }

  private static Summary measure(LoadTestSettings settings, BundleProfile bundle, List<SiteContainer> sites,
      CpuAssignment cpus, Path work, Progress progress, double loadAtStart, int hostCpus) throws IOException {
    FixtureSiteTraffic traffic = new FixtureSiteTraffic(sites.get(0).origin().getHost());
    PhaseRunner phases = new PhaseRunner(settings, sites.stream()
        .map(site -> new PhaseRunner.Site(site.origin(), Optional.of(site.target()))).toList(), traffic, work, progress);
    progress.step("twin sites on " + sites.stream().map(site -> site.origin().toString()).toList()
        + " (stock Debian settings, cache in the database)");
    if (settings.capacity().isEmpty()) {
      startCachesTogether(sites, List.of(Optional.empty(), Optional.empty()), traffic, CachesAtStart.FILLED, progress);
    }
    Capacity capacity = StockCapacity.givenOrMeasured(phases, settings, progress);
    List<LoadPoint> loads = LoadPoint.of(capacity, settings.ratePcts(), settings.users());
    Map<LoadPoint, List<PhaseResult>> before = new LinkedHashMap<>();
    Map<LoadPoint, List<PhaseResult>> after = new LinkedHashMap<>();
    StringBuilder applyLog = new StringBuilder();
    boolean control = settings.control();
    for (int pair = 1; pair <= settings.pairs(); pair++) {
      int bundled = pair % SITES;
      int stock = (bundled + 1) % SITES;
      SiteContainer site = sites.get(bundled);
      List<Supplier<Optional<CacheCounters>>> counters = new ArrayList<>(phases.noDaemonCounters());
      Optional<BundleProfile> applied = control ? Optional.empty() : Optional.of(bundle);
      if (control) {
        progress.step("pair " + pair + " (control): stock on site " + (stock + 1) + " and on site " + (bundled + 1)
            + ", where the bundle would go; nothing applied");
      } else {
        if (pair > 1) {
          // the twin that carried the bundle in the last pair runs stock in this one
          progress.step("site " + (stock + 1) + ": undoing the bundle: ./produce --rollback");
          applyLog.append(LoadTest.rollBack(sites.get(stock)));
        }
        progress.step("site " + (bundled + 1) + ": applying the bundle: ./produce (" + bundle.command() + ")");
        applyLog.append(LoadTest.applyBundle(site, bundle));
        progress.step("pair " + pair + ": stock on site " + (stock + 1) + ", the bundle on site " + (bundled + 1)
            + " (its cache: " + BundleApplication.servedBackend(site) + ")");
      }
      List<Optional<BundleProfile>> bundles = new ArrayList<>(List.of(Optional.empty(), Optional.empty()));
      bundles.set(bundled, applied);
      startCachesTogether(sites, bundles, traffic, settings.cachesAtStart(), progress);
      applied.ifPresent(b -> counters.set(bundled, () -> CacheCounters.read(site.target(), b)));
      for (LoadPoint load : loads) {
        List<PhaseResult> results = phases.runAll("twins/" + load.key() + "-" + pair, load.workload(), counters);
        before.computeIfAbsent(load, key -> new ArrayList<>()).add(results.get(stock));
        after.computeIfAbsent(load, key -> new ArrayList<>()).add(results.get(bundled));
      }
    }
    if (!control) {
      Files.writeString(work.resolve("apply.log"), applyLog);
    }
    List<LoadComparison> comparisons = loads.stream().map(load -> new LoadComparison(load.key(), load.label(),
        load.workload() instanceof Workload.Open, load.workload().describe() + " on each twin", before.get(load),
        after.get(load))).toList();
    RunInfo run = new RunInfo("twin fixture sites in " + sites.get(0).target().image() + " (MariaDB over its socket;"
        + " memory " + sites.get(0).memoryDescription() + ", each)", Optional.of(bundle.command()),
        settings.users(), settings.duration().toSeconds(), settings.warmup().toSeconds(), settings.pairs(),
        Optional.of(cpus), MachineInfo.describe(loadAtStart, hostCpus), true, control,
        Optional.of(settings.cachesAtStart()));
    return Summary.compare(run, capacity, comparisons, settings.gateReductionPct());
  }

  /**
   * Empties (and fills) both twins' caches at the same time. Filled one after the other, the twin filled second
   * started its runs with its own fill's aftermath (MariaDB purging the emptied cache rows and flushing the
   * filled ones) while the first had settled: the A/A control at 1 user put the second twin's p95 at 1.02-1.07
   * of the first's at saturation and 1.08-1.25 at 50 % in every pair, and the second twin was always the
   * bundle's.
   */
  private static void startCachesTogether(List<SiteContainer> sites, List<Optional<BundleProfile>> bundles,
      FixtureSiteTraffic traffic, CachesAtStart start, Progress progress) {
    ExecutorService fills = Executors.newFixedThreadPool(sites.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < sites.size(); i++) {
        SiteContainer site = sites.get(i);
        Optional<BundleProfile> bundle = bundles.get(i);
        String label = "site " + (i + 1) + ": ";
        running.add(fills.submit(() -> LoadTest.startCaches(site, bundle, traffic, start,
            line -> progress.step(label + line))));
      }
      for (Future<?> fill : running) {
        fill.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetException("interrupted while filling Drupal's caches", e);
    } finally {
      fills.shutdownNow();
    }
  }
}
