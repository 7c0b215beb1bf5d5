package dev.produce.loadtest.gatling;

import dev.produce.loadtest.traffic.RequestKind;
import dev.produce.loadtest.traffic.ResponseRecorder;
import dev.produce.loadtest.traffic.Traffic;
import dev.produce.loadtest.workload.Workload;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the next Gatling run sends, where, how long, and where it records responses. Gatling
 * instantiates {@link SiteVisitsSimulation} by class name, so the plan is handed over through
 * {@link #install}/{@link #current()}: one run at a time per JVM.
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

  private static final AtomicReference<SimulationPlan> CURRENT = new AtomicReference<>();

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

  /** Makes {@code plan} the one the next simulation instance runs. */
  static void install(SimulationPlan plan) {
    if (!CURRENT.compareAndSet(null, plan)) {
      throw new IllegalStateException("another Gatling run is in progress in this JVM");
    }
  }

  static void clear() {
    CURRENT.set(null);
  }

  static SimulationPlan current() {
    SimulationPlan plan = CURRENT.get();
    if (plan == null) {
      throw new IllegalStateException("no SimulationPlan installed: run SiteVisitsSimulation through GatlingRun");
    }
    return plan;
  }
}
