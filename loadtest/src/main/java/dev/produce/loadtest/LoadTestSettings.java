package dev.produce.loadtest;

import dev.produce.loadtest.summary.CachesAtStart;
import dev.produce.model.InvalidInputException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A load test's inputs, checked: either a bundle (fixture site in a container, before and after) or
 * a target URL (one measurement of an existing site, nothing applied), never both.
 *
 * @param bundle              the bundle directory to apply
 * @param targetUrl           an existing site to measure instead
 * @param out                 the report directory
 * @param force               replace a previous report at {@code out}
 * @param users               concurrent users of the closed saturation run (and of a --target-url run),
 *                            1 to {@value #MAX_USERS}
 * @param duration            each measured run, 1 s to 1 h
 * @param warmup              the warm-up before each, 0 to 10 min
 * @param gateReductionPct    the p95 TTFB reduction required, 0 to 100; empty for none
 * @param pairs               before/after pairs per load (B A B A …), 1 to {@value #MAX_PAIRS}
 * @param ratePcts            the open loads, in percent of stock's capacity, each 1 to 100, ascending, distinct
 * @param siteCpus            the site container's CPUs; empty for half the machine's
 * @param capacity            stock's capacity in visits per second, given instead of measured; empty to measure it
 * @param twins               two identical site containers sharing the site's CPUs, loaded at the same time, the
 *                            bundle applied to one of them and moved to the other between pairs; false for one
 *                            site container, before and after one another
 * @param control             with twins: an A/A control run, nothing applied: both twins stay stock, so every
 *                            difference between the two sides is the measurement's own spread
 * @param cachesAtStart       Drupal's caches at the start of each measured state: filled (the steady state) or
 *                            emptied (a cold start); stock's capacity, when measured, is measured filled either way
 */
public record LoadTestSettings(Optional<Path> bundle, Optional<URI> targetUrl, Path out, boolean force, int users,
    Duration duration, Duration warmup, Optional<Double> gateReductionPct, int pairs, List<Integer> ratePcts,
    Optional<Integer> siteCpus, Optional<Double> capacity, boolean twins, boolean control,
    CachesAtStart cachesAtStart) {

  public static final int MAX_USERS = 256;
  public static final int MAX_PAIRS = 10;
  public static final int DEFAULT_PAIRS = 3;
  public static final List<Integer> DEFAULT_RATE_PCTS = List.of(50, 80);
  public static final double MIN_CAPACITY = 0.1;
  public static final double MAX_CAPACITY = 10_000;
  public static final Duration MAX_DURATION = Duration.ofHours(1);
  public static final Duration MAX_WARMUP = Duration.ofMinutes(10);

  public LoadTestSettings {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(targetUrl, "targetUrl");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(gateReductionPct, "gateReductionPct");
    ratePcts = List.copyOf(ratePcts);
    Objects.requireNonNull(siteCpus, "siteCpus");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(cachesAtStart, "cachesAtStart");
    capacity.ifPresent(rate -> {
      if (!(rate >= MIN_CAPACITY && rate <= MAX_CAPACITY)) {
        throw new InvalidInputException("--capacity", "must be visits per second between " + MIN_CAPACITY + " and "
            + (int) MAX_CAPACITY + ", was " + rate);
      }
    });
    if (bundle.isPresent() == targetUrl.isPresent()) {
      throw new InvalidInputException("BUNDLE", bundle.isPresent()
          ? "give a bundle or --target-url, not both (--target-url measures a site without applying anything)"
          : "missing: name a bundle directory to apply, or measure an existing site with --target-url URL");
    }
    if (users < 1 || users > MAX_USERS) {
      throw new InvalidInputException("--users", "must be between 1 and " + MAX_USERS + ", was " + users);
    }
    if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(MAX_DURATION) > 0) {
      throw new InvalidInputException("--duration", "must be between 1s and 1h, was " + duration.toSeconds() + "s");
    }
    if (warmup.isNegative() || warmup.compareTo(MAX_WARMUP) > 0) {
      throw new InvalidInputException("--warmup", "must be between 0s and 10m, was " + warmup.toSeconds() + "s");
    }
    gateReductionPct.ifPresent(pct -> {
      if (!(pct >= 0 && pct <= 100)) {
        throw new InvalidInputException("--gate-ttfb-reduction", "must be a percentage between 0 and 100, was " + pct);
      }
    });
    if (pairs < 1 || pairs > MAX_PAIRS) {
      throw new InvalidInputException("--pairs", "must be between 1 and " + MAX_PAIRS + ", was " + pairs);
    }
    for (int i = 0; i < ratePcts.size(); i++) {
      if (ratePcts.get(i) < 1 || ratePcts.get(i) > 100 || (i > 0 && ratePcts.get(i) <= ratePcts.get(i - 1))) {
        throw new InvalidInputException("--rates", "must be percentages of capacity between 1 and 100, ascending"
            + " and each once (e.g. 50,80), was " + ratePcts);
      }
    }
    if (targetUrl.isPresent() && twins) {
      throw new InvalidInputException("--twins", "needs a BUNDLE: twin fixture sites compare stock with the bundle;"
          + " --target-url measures one existing site");
    }
    if (control && !twins) {
      throw new InvalidInputException("--control", "needs --twins: the control compares two stock twin sites"
          + " loaded at the same time");
    }
    if (control && gateReductionPct.isPresent()) {
      throw new InvalidInputException("--gate-ttfb-reduction", "cannot be asked of a --control run: both twins stay"
          + " stock, so no reduction is expected");
    }
    if (targetUrl.isPresent() && cachesAtStart != CachesAtStart.FILLED) {
      throw new InvalidInputException("--caches", "needs a BUNDLE: only the fixture site's caches are emptied and"
          + " filled; --target-url measures an existing site as it is");
    }
    if (targetUrl.isPresent() && gateReductionPct.isPresent()) {
      throw new InvalidInputException("--gate-ttfb-reduction", "needs a before and an after phase; --target-url"
          + " measures once (apply a BUNDLE to the fixture site to compare)");
    }
  }
}
