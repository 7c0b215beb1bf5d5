package dev.produce.cli;

import dev.produce.cli.convert.CapacityConverter;
import dev.produce.cli.convert.LoadDurationConverter;
import dev.produce.cli.convert.PairsConverter;
import dev.produce.cli.convert.PercentConverter;
import dev.produce.cli.convert.RatesConverter;
import dev.produce.cli.convert.SiteCpusConverter;
import dev.produce.cli.convert.TargetUrlConverter;
import dev.produce.cli.convert.UsersConverter;
import dev.produce.cli.convert.WarmupConverter;
import dev.produce.loadtest.summary.CachesAtStart;
import dev.produce.loadtest.LoadTest;
import dev.produce.loadtest.LoadTestSettings;
import dev.produce.loadtest.gatling.GatlingFailedException;
import dev.produce.loadtest.site.BundleNotAppliedException;
import dev.produce.loadtest.summary.Summary;
import dev.produce.loadtest.summary.SummaryMarkdown;
import dev.produce.model.InvalidInputException;
import dev.produce.verifier.container.TargetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code produce-loadtest}: measures what a bundle buys on the Drupal-shaped fixture site (before and
 * after applying it in the same container), or measures an existing site with {@code --target-url};
 * writes the report directory and turns the gate into the exit code.
 */
@Command(
    name = "produce-loadtest",
    mixinStandardHelpOptions = true,
    versionProvider = ProduceVersionProvider.class,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Serves the Drupal-shaped fixture site from a target container on its own CPUs (the load generator on"
          + " the others) on stock Debian settings, measures stock's capacity, then measures before and after"
          + " BUNDLE in alternation (B A B A B A: ./produce and ./produce --rollback between them) with Gatling at"
          + " open arrival rates of 50 %% and 80 %% of that capacity and at saturation (--users, closed). Each state"
          + " starts from the same caches: emptied, then filled with every landing page once and the most viewed"
          + " pages logged in (a minute or two; --caches emptied skips the fill)."
          + " TTFB is measured by a probe alongside Gatling; Drupal's cache hit rate is counted by the fixture site,"
          + " beside the Redis/Memcached daemon's own counters.",
      "Per load: the median and range of each metric, and each before/after pair's p95 TTFB ratio (the runs of a"
          + " pair ran back to back); the verdict is better or worse when every pair agrees, else inconclusive.",
      "Writes DIR/summary.md, summary.json, ttfb.svg and Gatling's HTML reports (before/LOAD-N/, after/LOAD-N/)."
          + " All load goes to the container on a loopback port (or to --target-url), with bounded users and time.",
      ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok: the report was written and the gate passed",
      "1:the gate failed (the report says why: a worse p95, an unmet --gate-ttfb-reduction, or inconclusive),"
          + " or the bundle did not apply or roll back",
      "2:invalid input or usage; the message names the option and the accepted values",
      "3:environment: Docker, the target image, Gatling, I/O"},
    footerHeading = "%nExamples:%n",
    footer = {
      "  produce-loadtest bundle/ --out report/",
      "  produce-loadtest bundle/ --out report/ --duration 60s --pairs 5 --gate-ttfb-reduction 20",
      "  produce-loadtest bundle/ --out report/ --duration 10s --warmup 3s --pairs 1 --rates 80",
      "  produce-loadtest bundle/ --out report/ --twins --pairs 4",
      "  produce-loadtest bundle/ --out control/ --twins --pairs 4 --control",
      "  produce-loadtest --target-url https://staging.example.org/ --out report/"})
public final class LoadtestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "BUNDLE",
      description = "Bundle directory to apply, as produce-compile -o DIR wrote it (the site root"
          + " /var/www/drupal, --cpus equal to the site's CPUs: see --site-cpus). Not with --target-url.")
  Path bundle;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
      description = "Report directory to create. A previous report there is replaced only with --force; a"
          + " non-empty directory that is not a report is never written into. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--duration", paramLabel = "TIME", defaultValue = "30s", converter = LoadDurationConverter.class,
      description = "Length of each measured phase, 1s to 1h (30s, 2m, 1m30s). Default: ${DEFAULT-VALUE}.")
  Duration duration;

  @Option(names = "--users", paramLabel = "N", defaultValue = "16", converter = UsersConverter.class,
      description = "Concurrent Gatling users of the saturation run (closed model: each starts its next visit"
          + " when the last ends), 1 to 256; a fifth of them logged in. Default: ${DEFAULT-VALUE}.")
  int users;

  @Option(names = "--rates", paramLabel = "PCT", split = ",", splitSynopsisLabel = ",", defaultValue = "50,80",
      converter = RatesConverter.class,
      description = "Open loads in percent of stock's capacity (visits arriving at that rate, whatever the site"
          + " does), 1 to 100, ascending. Default: ${DEFAULT-VALUE}.")
  List<Integer> rates;

  @Option(names = "--pairs", paramLabel = "N", defaultValue = "3", converter = PairsConverter.class,
      description = "Before/after pairs per load, 1 to 10; with 1 there is no spread and every verdict is"
          + " inconclusive. Default: ${DEFAULT-VALUE}.")
  int pairs;

  @Option(names = "--capacity", paramLabel = "VISITS", converter = CapacityConverter.class,
      description = "Stock's capacity in visits per second, 0.1 to 10000, instead of measuring it: the open loads"
          + " offer --rates of it (a fifth of the visits logged in). Runs of several bundles at the same rates"
          + " compare; the summary says it was given.")
  Double capacity;

  @Option(names = "--site-cpus", paramLabel = "N", converter = SiteCpusConverter.class,
      description = "CPUs of the site's container (the first N); the load generator gets the rest. BUNDLE must be"
          + " compiled with --cpus N (else exit 2). Default: half the machine's CPUs (1 of 2).")
  Integer siteCpus;

  @Option(names = "--warmup", paramLabel = "TIME", defaultValue = "10s", converter = WarmupConverter.class,
      description = "Unmeasured load before each phase, 0s to 10m (fills caches and opcache)."
          + " Default: ${DEFAULT-VALUE}.")
  Duration warmup;

  @Option(names = "--gate-ttfb-reduction", paramLabel = "PCT", converter = PercentConverter.class,
      description = "Exit 1 unless the median p95 TTFB fell by at least PCT percent at every load, 0 to 100,"
          + " and clearly (an inconclusive load fails too). Without it the gate still fails when the median p95"
          + " rose at a load, or when more than 1%% of an after run's requests failed.")
  Double gateReduction;

  @Option(names = "--twins",
      description = "Two identical fixture sites share the site's CPUs and take the same load at the same time;"
          + " the bundle is applied to one and moves to the other between pairs. Each pair then compares"
          + " stock and the bundle under the same machine noise (each gets about half the site's CPUs)."
          + " Default: one site, before and after one another.")
  boolean twins;

  @Option(names = "--control",
      description = "With --twins: an A/A control run. Nothing is applied; both twins stay stock and swap sides"
          + " between pairs as the bundle would, so the ratios in the report are the spread that this machine's"
          + " measurement gives two equal sites. Run it beside a bundle's run (same --users, --rates, --pairs,"
          + " --capacity) to tell an effect from noise. BUNDLE only sizes the containers.")
  boolean control;

  @Option(names = "--caches", paramLabel = "STATE", defaultValue = "filled",
      description = "Drupal's caches at the start of each measured state, stock's and the bundle's: filled"
          + " (emptied, then filled with every landing page once and the most viewed pages logged in: the steady"
          + " state) or emptied (a cold start, as right after a deploy or drush cache:rebuild; no fill, so each"
          + " state starts in seconds). Stock's capacity, when measured, is measured filled. Default:"
          + " ${DEFAULT-VALUE}.")
  String caches;

  @Option(names = "--target-url", paramLabel = "URL", converter = TargetUrlConverter.class,
      description = "Measure this existing site (http:// or https://) once instead: its start page and the"
          + " same-site links on it, anonymously; no container, nothing applied.")
  URI targetUrl;

  @Option(names = "--force", description = "Replace a previous report at DIR.")
  boolean force;

  @Option(names = "--stacktrace", description = "Print the full stack trace of an error (for bug reports).")
  boolean stacktrace;

  @Override
  public Integer call() {
    ErrorReporter errors = new ErrorReporter(spec.commandLine(), stacktrace);
    PrintWriter out = spec.commandLine().getOut();
    try {
      LoadTestSettings settings = new LoadTestSettings(Optional.ofNullable(bundle), Optional.ofNullable(targetUrl),
          this.out, force, users, duration, warmup, Optional.ofNullable(gateReduction), pairs, rates,
          Optional.ofNullable(siteCpus), Optional.ofNullable(capacity), twins, control, CachesAtStart.parse(caches));
      Summary summary = LoadTest.run(settings, line -> {
        out.println("[loadtest] " + line);
        out.flush();
      });
      out.print(report(summary));
      out.flush();
      return summary.gate().passed() ? ExitCodes.OK : ExitCodes.CHECKS_FAILED;
    } catch (InvalidInputException e) {
      return errors.usage(e.getMessage(), e);
    } catch (BundleNotAppliedException e) {
      return bundleFailed(e);
    } catch (TargetException | GatlingFailedException e) {
      return errors.environment(e.getMessage(), e);
    } catch (IOException e) {
      return errors.environment("cannot write the report: " + ErrorReporter.describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return errors.environment("interrupted", e);
    } catch (RuntimeException e) {
      return errors.unexpected(e);
    }
  }

  /** The bundle did not apply or take effect: a failed check, exit {@value ExitCodes#CHECKS_FAILED}. */
  private int bundleFailed(BundleNotAppliedException e) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(ErrorReporter.line(spec.commandLine(), "the bundle did not take effect: " + e.getMessage()));
    if (stacktrace) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.CHECKS_FAILED;
  }

  /**
   * The tables of summary.md (the original design's targets, every load's verdict and medians, then the runs
   * shown in detail) and where the report is.
   */
  private String report(Summary summary) {
    String markdown = SummaryMarkdown.format(summary);
    StringBuilder report = new StringBuilder("\n");
    report.append(tableAt(markdown, SummaryMarkdown.SEED_TARGETS_HEADER)).append('\n');
    if (markdown.contains(SummaryMarkdown.LOADS_HEADER)) {
      report.append(tableAt(markdown, SummaryMarkdown.LOADS_HEADER)).append('\n');
      report.append(tableAt(markdown, SummaryMarkdown.MEDIANS_HEADER)).append('\n');
    }
    report.append(tableAt(markdown, "| |")).append('\n');
    String dir = out.toString().isEmpty() ? "." : out.toString();
    report.append(summary.gate().passed() ? "Gate: passed" : (summary.gate().inconclusive() ? "Gate: FAILED"
        + " (inconclusive): " : "Gate: FAILED: ") + String.join("; ", summary.gate().reasons()));
    return report.append("\nWrote ").append(dir).append("/ (summary.md, summary.json, ttfb.svg, ")
        .append(summary.run().twins() ? "twins/" : summary.before().isPresent() ? "before/, after/" : "after/index.html")
        .append(")\n").toString();
  }

  private static String tableAt(String markdown, String header) {
    int start = markdown.indexOf(header);
    return markdown.substring(start, markdown.indexOf("\n\n", start) + 1);
  }
}
