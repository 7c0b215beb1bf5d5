package dev.produce.loadtest;

import dev.produce.loadtest.bundle.BundleProfile;
import dev.produce.loadtest.site.BundleApplication;
import dev.produce.loadtest.site.CacheCounters;
import dev.produce.loadtest.site.SiteContainer;
import dev.produce.loadtest.summary.PhaseResult;
import dev.produce.loadtest.summary.RunInfo;
import dev.produce.loadtest.summary.Summary;
import dev.produce.loadtest.summary.SummaryChart;
import dev.produce.loadtest.summary.SummaryJson;
import dev.produce.loadtest.summary.SummaryMarkdown;
import dev.produce.loadtest.traffic.CrawledTraffic;
import dev.produce.loadtest.traffic.FixtureSiteTraffic;
import dev.produce.loadtest.traffic.LinkCrawler;
import dev.produce.verifier.container.ExecResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code produce-loadtest}: with a bundle, serves the fixture site from a target container on stock
 * Debian settings, measures it (before), applies the bundle in the same container, checks that its
 * cache backend took effect, and measures again (after); with a target URL, measures that site once.
 * Writes Gatling's HTML reports ({@code before/}, {@code after/}), {@code summary.json},
 * {@code summary.md}, {@code ttfb.svg}, the bundle's apply output ({@code apply.log}) and Gatling's
 * console output ({@code gatling.log}) to the report directory, all or nothing.
 */
public final class LoadTest {
  private static final Duration SERVING_TIMEOUT = Duration.ofSeconds(90);

  private LoadTest() {}

  /** Runs the load test; the caller turns {@link Summary#gate()} into the exit code. */
  public static Summary run(LoadTestSettings settings, Progress progress) throws IOException, InterruptedException {
    Optional<BundleProfile> bundle = settings.bundle().map(BundleProfile::read);
    ReportDirectory.checkWritable(settings.out(), settings.force());
    double loadAtStart = MachineInfo.loadAverage();
    Path work = ReportDirectory.createWork(settings.out());
    try {
      Summary summary = bundle.isPresent()
          ? fixtureSite(settings, bundle.get(), work, progress, loadAtStart)
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
    progress.step("starting a site container (" + (bundle.memoryMb() + SiteContainer.DATABASE_SHARE_MB)
        + " MB: the bundle's and MariaDB's) and installing the fixture site");
    try (SiteContainer site = SiteContainer.start(bundle.suite(), bundle.memoryMb())) {
      site.awaitServing(SERVING_TIMEOUT);
      progress.step("fixture site on " + site.origin() + " (stock Debian settings, cache in the database)");
      PhaseRunner phases = new PhaseRunner(settings, site.origin(), new FixtureSiteTraffic(site.origin().getHost()),
          work, progress, Optional.of(site.target()));
      PhaseResult before = phases.run("before", Optional::empty);

      progress.step("applying the bundle: ./produce (" + bundle.command() + ")");
      ExecResult applied = BundleApplication.apply(site, bundle);
      Files.writeString(work.resolve("apply.log"), applied.stdout() + applied.stderr());
      site.awaitServing(SERVING_TIMEOUT);
      BundleApplication.checkBackend(site, bundle);
      progress.step("bundle applied; the site's cache: " + BundleApplication.servedBackend(site));
      PhaseResult after = phases.run("after", () -> CacheCounters.read(site.target(), bundle));

      RunInfo run = new RunInfo("fixture site in " + site.target().image() + " (MariaDB over its socket; memory "
          + site.memoryDescription() + ")", Optional.of(bundle.command()),
          settings.users(), settings.duration().toSeconds(), settings.warmup().toSeconds(),
          MachineInfo.describe(loadAtStart));
      return Summary.of(run, Optional.of(before), after, settings.gateReductionPct());
    }
  }

  private static Summary targetUrl(LoadTestSettings settings, URI url, Path work, Progress progress,
      double loadAtStart) throws IOException, InterruptedException {
    progress.step("finding pages to visit on " + url);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    List<String> pages = LinkCrawler.pages(client, url);
    progress.step(pages.size() + " pages to visit (the start page and its same-site links)");
    URI origin = URI.create(url.getScheme() + "://" + url.getRawAuthority());
    PhaseResult measured = new PhaseRunner(settings, origin, new CrawledTraffic(pages), work, progress, Optional.empty())
        .run("after", Optional::empty);
    RunInfo run = new RunInfo(url.toString(), Optional.empty(), settings.users(), settings.duration().toSeconds(),
        settings.warmup().toSeconds(), MachineInfo.describe(loadAtStart));
    return Summary.of(run, Optional.empty(), measured, Optional.empty());
  }
}
