package dev.produce.loadtest;

import dev.produce.loadtest.summary.CachesAtStart;
import dev.produce.loadtest.bundle.BundleProfile;
import dev.produce.loadtest.cores.CpuSplit;
import dev.produce.loadtest.cores.LoadGeneratorPinning;
import dev.produce.loadtest.site.BundleApplication;
import dev.produce.loadtest.site.CacheCounters;
import dev.produce.loadtest.site.DrupalCaches;
import dev.produce.loadtest.site.SiteContainer;
import dev.produce.loadtest.summary.CpuAssignment;
import dev.produce.loadtest.summary.LoadComparison;
import dev.produce.loadtest.summary.PhaseResult;
import dev.produce.loadtest.summary.RunInfo;
import dev.produce.loadtest.summary.Summary;
import dev.produce.loadtest.summary.SummaryChart;
import dev.produce.loadtest.summary.SummaryJson;
import dev.produce.loadtest.summary.SummaryMarkdown;
import dev.produce.loadtest.traffic.CrawledTraffic;
import dev.produce.loadtest.traffic.FixtureSiteTraffic;
import dev.produce.loadtest.traffic.LinkCrawler;
import dev.produce.loadtest.traffic.Traffic;
import dev.produce.loadtest.traffic.Visit;
import dev.produce.loadtest.workload.Capacity;
import dev.produce.loadtest.workload.LoadPoint;
import dev.produce.loadtest.workload.Workload;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.TargetException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code produce-loadtest}: with a bundle, serves the fixture site from a target container pinned to
 * its own CPUs (this JVM, the load generator, on the others) on stock Debian settings, measures stock's
 * capacity, then alternates before and after runs (B A B A …: the bundle applied with {@code ./produce}
 * and undone with {@code ./produce --rollback} between them, the cache backend checked each time) at
 * open arrival rates of a share of that capacity and at saturation (closed users); with a target URL,
 * measures that site once. Writes Gatling's HTML reports ({@code before/<load>-<pair>/},
 * {@code after/<load>-<pair>/}), {@code summary.json}, {@code summary.md}, {@code ttfb.svg}, the
 * bundle's apply and rollback output ({@code apply.log}) and Gatling's console output
 * ({@code gatling.log}) to the report directory, all or nothing. With {@code --twins}, {@link TwinLoadTest}
 * measures stock and the bundle side by side instead.
 */
public final class LoadTest {
  static final Duration SERVING_TIMEOUT = Duration.ofSeconds(90);

  private LoadTest() {}

  /** Runs the load test; the caller turns {@link Summary#gate()} into the exit code. */
  public static Summary run(LoadTestSettings settings, Progress progress) throws IOException, InterruptedException {
    Optional<BundleProfile> bundle = settings.bundle().map(BundleProfile::read);
    ReportDirectory.checkWritable(settings.out(), settings.force());
    double loadAtStart = MachineInfo.loadAverage();
    Path work = ReportDirectory.createWork(settings.out());
    try {
      Summary summary = bundle.isPresent() && settings.twins()
          ? TwinLoadTest.run(settings, bundle.get(), work, progress, loadAtStart)
          : bundle.isPresent() ? fixtureSite(settings, bundle.get(), work, progress, loadAtStart)
          : targetUrl(settings, settings.targetUrl().orElseThrow(), work, progress, loadAtStart);
      Files.writeString(work.resolve(ReportDirectory.SUMMARY_JSON), SummaryJson.format(summary));
      Files.writeString(work.resolve("summary.md"), SummaryMarkdown.format(summary));
      Files.writeString(work.resolve("ttfb.svg"), SummaryChart.format(summary));
      ReportDirectory.publish(work, settings.out());
      return summary;
    } catch (IOException | InterruptedException | RuntimeException e) {
      ReportDirectory.deleteTree(work);
      throw e;
    }
  }

  private static Summary fixtureSite(LoadTestSettings settings, BundleProfile bundle, Path work, Progress progress,
      double loadAtStart) throws IOException {
    int hostCpus = Runtime.getRuntime().availableProcessors();
    CpuAssignment cpus = assignCpus(settings, bundle, progress, hostCpus);
    progress.step("starting a site container (" + (bundle.memoryMb() + SiteContainer.DATABASE_SHARE_MB)
        + " MB: the bundle's and MariaDB's; CPU " + cpus.site() + ") and installing the fixture site");
    try (SiteContainer site = SiteContainer.start(bundle.suite(), bundle.memoryMb(), siteCpuset(cpus))) {
      site.awaitServing(SERVING_TIMEOUT);
      progress.step("fixture site on " + site.origin() + " (stock Debian settings, cache in the database)");
      FixtureSiteTraffic traffic = new FixtureSiteTraffic(site.origin().getHost());
      PhaseRunner phases = new PhaseRunner(settings, site.origin(), traffic, work, progress, Optional.of(site.target()));
      if (settings.capacity().isEmpty()) {
        // Stock's capacity in its steady state: with the caches filled.
        startCaches(site, Optional.empty(), traffic, CachesAtStart.FILLED, progress);
      }
      Capacity capacity = StockCapacity.givenOrMeasured(phases, settings, progress);
      List<LoadPoint> loads = LoadPoint.of(capacity, settings.ratePcts(), settings.users());
      Map<LoadPoint, List<PhaseResult>> before = new LinkedHashMap<>();
      Map<LoadPoint, List<PhaseResult>> after = new LinkedHashMap<>();
      StringBuilder applyLog = new StringBuilder();
      for (int pair = 1; pair <= settings.pairs(); pair++) {
        if (pair > 1) {
          progress.step("undoing the bundle: ./produce --rollback");
          applyLog.append(rollBack(site));
        }
        // Every state starts from the same fill, the first one too: the capacity ramp warmed more
        // than the fill does (logged-in pages), which would favour the first stock runs.
        startCaches(site, Optional.empty(), traffic, settings.cachesAtStart(), progress);
        for (LoadPoint load : loads) {
          before.computeIfAbsent(load, key -> new ArrayList<>())
              .add(phases.run("before/" + load.key() + "-" + pair, load.workload(), Optional::empty));
        }
        progress.step("applying the bundle: ./produce (" + bundle.command() + ")");
        applyLog.append(applyBundle(site, bundle));
        progress.step("bundle applied; the site's cache: " + BundleApplication.servedBackend(site));
        startCaches(site, Optional.of(bundle), traffic, settings.cachesAtStart(), progress);
        for (LoadPoint load : loads) {
          after.computeIfAbsent(load, key -> new ArrayList<>()).add(phases.run("after/" + load.key() + "-" + pair,
              load.workload(), () -> CacheCounters.read(site.target(), bundle)));
        }
      }
      Files.writeString(work.resolve("apply.log"), applyLog);
      List<LoadComparison> comparisons = loads.stream().map(load -> new LoadComparison(load.key(), load.label(),
          load.workload() instanceof Workload.Open, load.workload().describe(), before.get(load), after.get(load)))
          .toList();
      RunInfo run = new RunInfo("fixture site in " + site.target().image() + " (MariaDB over its socket; memory "
          + site.memoryDescription() + ")", Optional.of(bundle.command()),
          settings.users(), settings.duration().toSeconds(), settings.warmup().toSeconds(), settings.pairs(),
          Optional.of(cpus), MachineInfo.describe(loadAtStart, hostCpus), false, false,
          Optional.of(settings.cachesAtStart()));
      return Summary.compare(run, capacity, comparisons, settings.gateReductionPct());
    }
  }

  /**
   * Runs {@code ./produce} on the site, waits until it serves again and checks that its cache is the bundle's;
   * returns the output.
   */
  static String applyBundle(SiteContainer site, BundleProfile bundle) {
    String output = output(BundleApplication.apply(site, bundle));
    site.awaitServing(SERVING_TIMEOUT);
    BundleApplication.checkBackend(site, bundle);
    return output;
  }

  /**
   * Runs {@code ./produce --rollback} on the site, waits until it serves again and checks that it is back on
   * stock's database cache; returns the output.
   */
  static String rollBack(SiteContainer site) {
    String output = output(BundleApplication.rollback(site));
    site.awaitServing(SERVING_TIMEOUT);
    BundleApplication.checkStock(site);
    return output;
  }

  /**
   * The site's CPUs and the load generator's: refuses a bundle compiled for other CPUs, pins this JVM to
   * the load generator's CPUs when they are apart from the site's, and reports the split.
   */
  static CpuAssignment assignCpus(LoadTestSettings settings, BundleProfile bundle, Progress progress, int hostCpus) {
    CpuSplit split = CpuSplit.of(hostCpus, settings.siteCpus().orElse(CpuSplit.defaultSiteCpus(hostCpus)));
    split.checkBundle(bundle.cpus()).ifPresent(warning -> progress.step("warning: " + warning));
    boolean pinned = split.isolated() && LoadGeneratorPinning.pin(split.loadGenerator());
    CpuAssignment cpus = split.assignment(pinned, bundle.cpus());
    progress.step("CPUs: " + cpus.describe() + (pinned ? "; taskset now says " + LoadGeneratorPinning.current() : ""));
    return cpus;
  }

  /** Docker's cpuset of a site container: the site's CPUs when they are apart from the load generator's. */
  static Optional<String> siteCpuset(CpuAssignment cpus) {
    return cpus.isolated() ? Optional.of(cpus.site()) : Optional.empty();
  }

  /**
   * Empties Drupal's caches and, with {@link CachesAtStart#FILLED}, fills them with the traffic's cache fill
   * (every landing page once, the most viewed pages logged in), so that stock and the bundle start their runs
   * from the same state ({@link DrupalCaches}).
   */
  static void startCaches(SiteContainer site, Optional<BundleProfile> bundle, Traffic traffic, CachesAtStart start,
      Progress progress) {
    DrupalCaches.empty(site.target(), bundle);
    if (start == CachesAtStart.EMPTIED) {
      progress.step("Drupal's caches emptied and left so (--caches emptied): the runs start cold");
      return;
    }
    List<Visit> visits = traffic.cacheFill();
    int loggedIn = Visit.pageViews(visits.stream().filter(visit -> visit.session().isPresent()).toList());
    progress.step(String.format(Locale.ROOT, "Drupal's caches emptied; filling them: %,d page views (%,d of them logged in),"
        + " %d at a time", Visit.pageViews(visits), loggedIn, DrupalCaches.FILL_CONNECTIONS));
    DrupalCaches.Fill fill;
    try {
      fill = DrupalCaches.fill(site.origin(), visits);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetException("interrupted while filling Drupal's caches", e);
    }
    if (fill.failed() > 0) {
      throw new TargetException(String.format(Locale.ROOT, "filling Drupal's caches: %,d of %,d pages did not answer 200",
          fill.failed(), fill.pages()));
    }
    progress.step(String.format(Locale.ROOT, "Drupal's caches filled in %.0f s", fill.took().toMillis() / 1000.0));
  }

  private static String output(ExecResult result) {
    return result.stdout() + result.stderr();
  }

  private static Summary targetUrl(LoadTestSettings settings, URI url, Path work, Progress progress,
      double loadAtStart) throws IOException, InterruptedException {
    progress.step("finding pages to visit on " + url);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    List<String> pages = LinkCrawler.pages(client, url);
    progress.step(pages.size() + " pages to visit (the start page and its same-site links)");
    URI origin = URI.create(url.getScheme() + "://" + url.getRawAuthority());
    PhaseResult measured = new PhaseRunner(settings, origin, new CrawledTraffic(pages), work, progress, Optional.empty())
        .run("after", new Workload.Closed(settings.users()), Optional::empty);
    RunInfo run = new RunInfo(url.toString(), Optional.empty(), settings.users(), settings.duration().toSeconds(),
        settings.warmup().toSeconds(), 1, Optional.empty(), MachineInfo.describe(loadAtStart), false, false,
        Optional.empty());
    return Summary.of(run, Optional.empty(), measured, Optional.empty());
  }
}
