package dev.produce.cli;

import dev.produce.cli.convert.LoadDurationConverter;
import dev.produce.cli.convert.PercentConverter;
import dev.produce.cli.convert.TargetUrlConverter;
import dev.produce.cli.convert.UsersConverter;
import dev.produce.cli.convert.WarmupConverter;
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
      "Serves the Drupal-shaped fixture site from a target container on stock Debian settings and measures it"
          + " with Gatling (before), applies BUNDLE in the same container and measures again (after). TTFB is"
          + " measured by a probe alongside Gatling; Redis/Memcached hit rates come from the daemon's counters.",
      "Writes DIR/summary.md, summary.json, ttfb.svg and Gatling's HTML reports (before/, after/). All load"
          + " goes to the container on a loopback port (or to --target-url), with bounded users and time.",
      ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok: the report was written and the gate passed",
      "1:the gate failed (the report says why), or the bundle did not apply",
      "2:invalid input or usage; the message names the option and the accepted values",
      "3:environment: Docker, the target image, Gatling, I/O"},
    footerHeading = "%nExamples:%n",
    footer = {
      "  produce-loadtest bundle/ --out report/",
      "  produce-loadtest bundle/ --out report/ --duration 60s --users 32 --gate-ttfb-reduction 20",
      "  produce-loadtest --target-url https://staging.example.org/ --out report/"})
public final class LoadtestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "BUNDLE",
      description = "Bundle directory to apply, as produce-compile -o DIR wrote it (PHP 8.2, site root"
          + " /var/www/drupal). Not with --target-url.")
  Path bundle;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
      description = "Report directory to create. A previous report there is replaced only with --force; a"
          + " non-empty directory that is not a report is never written into. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--duration", paramLabel = "TIME", defaultValue = "30s", converter = LoadDurationConverter.class,
      description = "Length of each measured phase, 1s to 1h (30s, 2m, 1m30s). Default: ${DEFAULT-VALUE}.")
  Duration duration;

  @Option(names = "--users", paramLabel = "N", defaultValue = "16", converter = UsersConverter.class,
      description = "Concurrent Gatling users, 1 to 256; a fifth of them logged in. Default: ${DEFAULT-VALUE}."
          + " On 2 cores 16 users saturate the site: fewer (e.g. 4) measure a server at normal load.")
  int users;

  @Option(names = "--warmup", paramLabel = "TIME", defaultValue = "10s", converter = WarmupConverter.class,
      description = "Unmeasured load before each phase, 0s to 10m (fills caches and opcache)."
          + " Default: ${DEFAULT-VALUE}.")
  Duration warmup;

  @Option(names = "--gate-ttfb-reduction", paramLabel = "PCT", converter = PercentConverter.class,
      description = "Exit 1 unless the p95 TTFB fell by at least PCT percent, 0 to 100. The gate also fails when"
          + " more than 1%% of the after phase's requests failed.")
  Double gateReduction;

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
          this.out, force, users, duration, warmup, Optional.ofNullable(gateReduction));
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

  /** The table of summary.md and where the report is. */
  private String report(Summary summary) {
    String markdown = SummaryMarkdown.format(summary);
    String table = markdown.substring(markdown.indexOf("| |"), markdown.indexOf("\n\n", markdown.indexOf("| |")) + 1);
    String dir = out.toString().isEmpty() ? "." : out.toString();
    return "\n" + table + "\n" + (summary.gate().passed() ? "Gate: passed" : "Gate: FAILED: "
        + String.join("; ", summary.gate().reasons())) + "\nWrote " + dir + "/ (summary.md, summary.json, ttfb.svg, "
        + (summary.before().isPresent() ? "before/index.html, " : "") + "after/index.html)\n";
  }
}
