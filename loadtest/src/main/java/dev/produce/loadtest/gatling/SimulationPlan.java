package dev.produce.loadtest.gatling;

import dev.produce.loadtest.traffic.RequestKind;
import dev.produce.loadtest.traffic.ResponseRecorder;
import dev.produce.loadtest.traffic.Traffic;
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
 * @param users    concurrent users (closed model), 1 to 512
 * @param duration how long users keep coming
 * @param seed     seed of the visit streams
 * @param recorder where each response is recorded
 */
public record SimulationPlan(URI baseUrl, Traffic traffic, int users, Duration duration, long seed,
    ResponseRecorder recorder) {

  /** Share of the users who are logged in, when the traffic has logged-in visits. */
  public static final double AUTHENTICATED_SHARE = 0.2;

  private static final AtomicReference<SimulationPlan> CURRENT = new AtomicReference<>();

  public SimulationPlan {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(recorder, "recorder");
    if (users < 1 || users > 512) {
      throw new IllegalArgumentException("users must be within 1..512: " + users);
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive: " + duration);
    }
  }

  /** Logged-in users: a fifth of all (at least one when there are two users or more), or none. */
  public int authenticatedUsers() {
    if (!traffic.offers(RequestKind.PAGE_AUTHENTICATED) || users < 2) {
      return 0;
    }
    return (int) Math.max(1, Math.round(users * AUTHENTICATED_SHARE));
  }

  public int anonymousUsers() {
    return users - authenticatedUsers();
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
