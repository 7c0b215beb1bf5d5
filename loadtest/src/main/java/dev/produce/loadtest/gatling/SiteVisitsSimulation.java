package dev.produce.loadtest.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.produce.loadtest.traffic.RequestKind;
import dev.produce.loadtest.traffic.ResponseRecorder;
import dev.produce.loadtest.workload.Workload;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The load: anonymous visitors load a landing page and every CSS, JS, SVG and PNG file it
 * references (a first visit: image-style derivatives and aggregates included), one after another, as one
 * Gatling group, "page load", whose time the recorder keeps; logged-in users
 * load two pages with their session cookie, for the plan's duration. Checks: 200 for pages, 200/304 for assets, and
 * "Logged in as" on a logged-in user's page (a lost session is an error, not a fast page).
 * Closed model: the plan's users, each replaced by a new one when its visit ends. Open model: each
 * kind of visit arrives at its rate ({@code constantUsersPerSec(rate).during(duration).randomized()}:
 * arrivals at random moments around the rate, as visitors come), each user making one visit.
 * With several plans (twin sites), each plan's visitors go to its own site, all at the same time.
 */
public final class SiteVisitsSimulation extends Simulation {
  /** Paths of files a page references: the site's files, core, themes, modules, libraries. */
  static final String ASSET_PATTERN = "(?:src|href)=\"(/(?:sites/[^/\"]+/files|core|themes|modules|profiles|libraries)"
      + "/[^\"]+?\\.(?:css|js|svg|png|jpe?g|gif|webp|ico)(?:\\?[^\"]*)?)\"";
  private static final String RESPONSE_TIME = "responseTime";
  private static final String ASSETS = "assets";
  private static final String PAGE_LOAD_STARTED = "pageLoadStarted";
  private static final String VISIT_FAILED = "visitFailed";
  /** The Gatling group of an anonymous visit's page and assets: its duration is the page load. */
  static final String PAGE_LOAD = "page load";

  public SiteVisitsSimulation() {
    List<SimulationPlan> plans = SimulationPlan.current();
    List<PopulationBuilder> populations = new ArrayList<>();
    Duration longest = Duration.ZERO;
    for (int i = 0; i < plans.size(); i++) {
      SimulationPlan plan = plans.get(i);
      // Gatling wants scenario names unique within a simulation: with several sites, each is named.
      String site = plans.size() == 1 ? "" : "site " + (i + 1) + ": ";
      populations.addAll(populations(plan, site));
      longest = plan.duration().compareTo(longest) > 0 ? plan.duration() : longest;
    }
    setUp(populations).maxDuration(longest.plusMinutes(1));
  }

  /** The plan's visitors, with the plan's site as their protocol's base URL. */
  private static List<PopulationBuilder> populations(SimulationPlan plan, String site) {
    ResponseRecorder recorder = plan.recorder();
    HttpProtocolBuilder protocol = http.baseUrl(plan.origin())
        .disableWarmUp()
        .disableCaching()
        // One pool for all users: connections are reused across visits, as behind a proxy, so
        // thousands of short visits neither measure TCP handshakes nor exhaust ephemeral ports.
        .shareConnections()
        .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .acceptEncodingHeader("gzip, deflate")
        .acceptLanguageHeader("en")
        .userAgentHeader("produce-loadtest (Gatling)");

    ScenarioBuilder anonymous = scenario(site + "anonymous visitors").exec(anonymousVisit(plan, recorder));
    List<PopulationBuilder> populations = new ArrayList<>();
    if (plan.workload() instanceof Workload.Open open) {
      if (open.anonymousPerSec() > 0) {
        populations.add(anonymous.injectOpen(
            constantUsersPerSec(open.anonymousPerSec()).during(plan.duration()).randomized()));
      }
      if (open.authenticatedPerSec() > 0 && plan.traffic().offers(RequestKind.PAGE_AUTHENTICATED)) {
        populations.add(authenticated(plan, recorder, site).injectOpen(
            constantUsersPerSec(open.authenticatedPerSec()).during(plan.duration()).randomized()));
      }
    } else {
      populations.add(anonymous.injectClosed(constantConcurrentUsers(plan.anonymousUsers()).during(plan.duration())));
      if (plan.authenticatedUsers() > 0) {
        populations.add(authenticated(plan, recorder, site).injectClosed(
            constantConcurrentUsers(plan.authenticatedUsers()).during(plan.duration())));
      }
    }
    return populations.stream().map(population -> population.protocols(protocol)).toList();
  }

  private static ScenarioBuilder authenticated(SimulationPlan plan, ResponseRecorder recorder, String site) {
    return scenario(site + "logged-in users").exec(authenticatedVisit(plan, recorder));
  }

  /**
   * One anonymous visit, a Gatling group ("page load"): the page, then every asset it references one after
   * another; the recorder gets each request and, when all of them succeeded, the page load's time.
   */
  private static ChainBuilder anonymousVisit(SimulationPlan plan, ResponseRecorder recorder) {
    RequestKind page = RequestKind.PAGE_ANONYMOUS;
    return feed(new VisitFeeder(plan.traffic().visits(page, plan.seed())))
        .group(PAGE_LOAD).on(
            exec(session -> session.set(PAGE_LOAD_STARTED, System.nanoTime()).remove(VISIT_FAILED))
            .exec(http(page.requestName()).get("#{page1}").check(
                responseTimeInMillis().saveAs(RESPONSE_TIME),
                status().is(200),
                regex(ASSET_PATTERN).findAll().optional().saveAs(ASSETS)))
            .exec(session -> record(session, page, recorder))
            .exec(SiteVisitsSimulation::unescapeAssets)
            .foreach("#{" + ASSETS + "}", "asset").on(
                exec(http(RequestKind.ASSET.requestName()).get("#{asset}").check(
                    responseTimeInMillis().saveAs(RESPONSE_TIME),
                    status().in(200, 304)))
                .exec(session -> record(session, RequestKind.ASSET, recorder)))
            .exec(session -> recordPageLoad(session, recorder)));
  }

  private static ChainBuilder authenticatedVisit(SimulationPlan plan, ResponseRecorder recorder) {
    RequestKind page = RequestKind.PAGE_AUTHENTICATED;
    ChainBuilder visit = feed(new VisitFeeder(plan.traffic().visits(page, plan.seed() + 1)))
        .exec(addCookie(Cookie("#{cookieName}", "#{cookieValue}").withDomain(plan.baseUrl().getHost()).withPath("/")));
    for (String pageKey : List.of("page1", "page2")) {
      visit = visit
          .exec(http(page.requestName()).get("#{" + pageKey + "}").check(
              responseTimeInMillis().saveAs(RESPONSE_TIME),
              status().is(200),
              substring("Logged in as").exists()))
          .exec(session -> record(session, page, recorder));
    }
    return visit;
  }

  /**
   * Records the last request (failed when Gatling marked it so) and clears its traces from the session; a
   * failed request marks the visit failed (no page load recorded).
   */
  private static Session record(Session session, RequestKind kind, ResponseRecorder recorder) {
    boolean failed = session.isFailed() || !session.contains(RESPONSE_TIME);
    recorder.record(kind, failed ? Optional.empty() : Optional.of(session.getInt(RESPONSE_TIME)));
    Session recorded = session.remove(RESPONSE_TIME).markAsSucceeded();
    return failed ? recorded.set(VISIT_FAILED, true) : recorded;
  }

  /** The page load's time, from the start of the page's request to now (its last asset done), unless a request failed. */
  private static Session recordPageLoad(Session session, ResponseRecorder recorder) {
    if (!session.contains(VISIT_FAILED) && session.contains(PAGE_LOAD_STARTED)) {
      recorder.recordPageLoad((System.nanoTime() - session.getLong(PAGE_LOAD_STARTED)) / 1000);
    }
    return session.remove(PAGE_LOAD_STARTED).remove(VISIT_FAILED);
  }

  /** The page's asset paths without HTML escaping ({@code &amp;}), each once; none when the page failed. */
  private static Session unescapeAssets(Session session) {
    List<String> assets = session.contains(ASSETS) ? session.getList(ASSETS) : List.of();
    LinkedHashSet<String> paths = new LinkedHashSet<>();
    for (String asset : assets) {
      paths.add(asset.replace("&amp;", "&"));
    }
    return session.set(ASSETS, List.copyOf(paths));
  }
}
