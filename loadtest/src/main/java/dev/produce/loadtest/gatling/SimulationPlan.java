package dev.produce.loadtest.gatling;

import dev.produce.loadtest.traffic.RequestKind;
import dev.produce.loadtest.traffic.ResponseRecorder;
import dev.produce.loadtest.traffic.Traffic;
import dev.produce.loadtest.workload.Workload;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the next Gatling run sends, where, how long, and where it records responses. Gatling
 * instantiates {@link SiteVisitsSimulation} by class name, so the plans are handed over through
 * {@link #install}/{@link #current()}: one run at a time per JVM. A run may drive several sites at
 * once, one plan each (twin sites: the same load on both at the same moment).
 *
 * @param baseUrl  scheme, host and port of the site, e.g. {@code http://localhost:32768}
 * @param traffic  the visits
 * @param workload concurrent users (closed model) or arrival rates (open model)
 * @param duration how long users keep coming
 * @param seed     seed of the visit streams
 * @param recorder where each response is recorded
 */
public record SimulationPlan(URI baseUrl, Traffic traffic, Workload workload, Duration duration, long seed,
    ResponseRecorder recorder) {

  /** Share of the users who are logged in, when the traffic has logged-in visits. */
  public static final double AUTHENTICATED_SHARE = 0.2;

  private static final AtomicReference<List<SimulationPlan>> CURRENT = new AtomicReference<>();

  public SimulationPlan {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(recorder, "recorder");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive: " + duration);
    }
  }

  /**
   * Closed model: logged-in users, a fifth of all (at least one when there are two users or more), or
   * none; open model: 0.
   */
  public int authenticatedUsers() {
    if (!(workload instanceof Workload.Closed closed) || !traffic.offers(RequestKind.PAGE_AUTHENTICATED)
        || closed.users() < 2) {
      return 0;
    }
    return (int) Math.max(1, Math.round(closed.users() * AUTHENTICATED_SHARE));
  }

  /** Closed model: the users who are not logged in; open model: 0. */
  public int anonymousUsers() {
    return workload instanceof Workload.Closed closed ? closed.users() - authenticatedUsers() : 0;
  }

  /** The share of logged-in visits, which the TTFB probe copies. */
  public double authenticatedShare() {
    if (!traffic.offers(RequestKind.PAGE_AUTHENTICATED)) {
      return 0;
    }
    return workload instanceof Workload.Open open ? open.authenticatedShare()
        : authenticatedUsers() > 0 ? AUTHENTICATED_SHARE : 0;
  }

  /** The site's origin: scheme://host:port, without a path. */
  public String origin() {
    return baseUrl.getScheme() + "://" + baseUrl.getRawAuthority();
  }

  /** Makes {@code plans} (one per site, at least one) the ones the next simulation instance runs, together. */
  static void install(List<SimulationPlan> plans) {
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("a Gatling run needs at least one plan");
    }
    if (!CURRENT.compareAndSet(null, List.copyOf(plans))) {
      throw new IllegalStateException("another Gatling run is in progress in this JVM");
    }
  }

  static void clear() {
    CURRENT.set(null);
  }

  static List<SimulationPlan> current() {
    List<SimulationPlan> plans = CURRENT.get();
    if (plans == null) {
      throw new IllegalStateException("no SimulationPlan installed: run SiteVisitsSimulation through GatlingRun");
    }
    return plans;
  }
}
