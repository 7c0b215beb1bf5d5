package dev.produce.loadtest.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Visits to the fixture site: deterministic, within what the installer creates, with real sessions. */
class FixtureSiteTrafficTest {
  private static final Pattern PAGE = Pattern.compile("/node/(\\d+)|/(?:\\?page=(\\d+))?|/taxonomy/term/(\\d+)");
  private final FixtureSiteTraffic traffic = new FixtureSiteTraffic("localhost");

  @Test
  void visits_sameSeed_sameStream_otherSeed_otherStream() {
    assertThat(take(traffic.visits(RequestKind.PAGE_ANONYMOUS, 42), 50))
        .isEqualTo(take(new FixtureSiteTraffic("localhost").visits(RequestKind.PAGE_ANONYMOUS, 42), 50))
        .isNotEqualTo(take(traffic.visits(RequestKind.PAGE_ANONYMOUS, 43), 50));
  }

  @Test
  void anonymousVisits_landOnExistingPages_mostlyArticles_manyDistinct() {
    List<Visit> visits = take(traffic.visits(RequestKind.PAGE_ANONYMOUS, 1), 10_000);
    long articles = 0;
    java.util.Set<String> distinct = new java.util.HashSet<>();
    for (Visit visit : visits) {
      assertThat(visit.session()).isEmpty();
      String page = visit.pages().get(0);
      distinct.add(page);
      Matcher m = PAGE.matcher(page);
      assertThat(m.matches()).as(page).isTrue();
      if (m.group(1) != null) {
        articles++;
        assertThat(Integer.parseInt(m.group(1))).isBetween(1, FixtureSiteTraffic.ARTICLES);
      }
      if (m.group(3) != null) {
        assertThat(Integer.parseInt(m.group(3))).isBetween(1, FixtureSiteTraffic.TAGS);
      }
    }
    assertThat(articles / 10_000.0).isBetween(0.68, 0.72);
    assertThat(distinct).hasSizeGreaterThan(1_000);
  }

  @Test
  void landingPages_everyPageAVisitCanLandOn_once_mostVisitedArticlesFirst() {
    List<String> pages = traffic.landingPages();
    Map<String, Long> landed = new HashMap<>();
    for (Visit visit : take(traffic.visits(RequestKind.PAGE_ANONYMOUS, 7), 20_000)) {
      landed.merge(visit.pages().get(0), 1L, Long::sum);
    }

    assertThat(pages).hasSize(30 + FixtureSiteTraffic.TAGS + FixtureSiteTraffic.ARTICLES).doesNotHaveDuplicates()
        .startsWith("/", "/?page=1").containsAll(landed.keySet());
    String firstArticle = pages.stream().filter(page -> page.startsWith("/node/")).findFirst().orElseThrow();
    String mostVisited = landed.entrySet().stream().filter(e -> e.getKey().startsWith("/node/"))
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertThat(firstArticle).isEqualTo(mostVisited);
  }

  @Test
  void cacheFill_everyLandingPageAnonymously_thenThePagesOfFourFifthsOfLoggedInViewsAsBothRoleSets() {
    List<Visit> fill = traffic.cacheFill();
    List<Visit> anonymous = fill.stream().filter(visit -> visit.session().isEmpty()).toList();
    List<Visit> loggedIn = fill.subList(anonymous.size(), fill.size());
    Map<String, Long> viewed = new HashMap<>();
    for (Visit visit : take(traffic.visits(RequestKind.PAGE_AUTHENTICATED, 11), 50_000)) {
      visit.pages().forEach(page -> viewed.merge(page, 1L, Long::sum));
    }
    long views = viewed.values().stream().mapToLong(Long::longValue).sum();

    assertThat(anonymous.stream().map(visit -> visit.pages().get(0)).toList()).isEqualTo(traffic.landingPages());
    assertThat(fill.subList(0, anonymous.size())).as("anonymous first").isEqualTo(anonymous);
    assertThat(loggedIn).hasSize(2 * 263).allSatisfy(visit -> assertThat(visit.pages()).hasSize(1));
    Set<String> filled = new HashSet<>();
    for (int i = 0; i < loggedIn.size(); i += 2) {
      String page = loggedIn.get(i).pages().get(0);
      filled.add(page);
      assertThat(loggedIn.get(i + 1).pages()).containsExactly(page);
      assertThat(uid(loggedIn.get(i))).as("a plain user").isGreaterThan(FixtureSiteTraffic.LAST_EDITOR_UID);
      assertThat(uid(loggedIn.get(i + 1))).as("an editor").isBetween(FixtureSiteTraffic.FIRST_SESSION_UID,
          FixtureSiteTraffic.LAST_EDITOR_UID);
    }
    long filledViews = filled.stream().mapToLong(page -> viewed.getOrDefault(page, 0L)).sum();
    assertThat(filledViews / (double) views).isBetween(0.79, 0.82);
    String mostViewed = viewed.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertThat(loggedIn.get(0).pages()).containsExactly(mostViewed);
  }

  private static int uid(Visit visit) {
    String value = visit.session().orElseThrow().value();
    for (int uid = FixtureSiteTraffic.FIRST_SESSION_UID; uid < FixtureSiteTraffic.FIRST_SESSION_UID
        + FixtureSiteTraffic.SESSIONS; uid++) {
      if (FixtureSiteTraffic.session("localhost", uid).value().equals(value)) {
        return uid;
      }
    }
    throw new AssertionError("not a seeded session: " + value);
  }

  @Test
  void authenticatedVisits_twoPagesWithOneOfTheInstalledSessions() {
    for (Visit visit : take(traffic.visits(RequestKind.PAGE_AUTHENTICATED, 1), 500)) {
      assertThat(visit.pages()).hasSize(2);
      assertThat(visit.kind()).isEqualTo(RequestKind.PAGE_AUTHENTICATED);
      SessionCookie cookie = visit.session().orElseThrow();
      assertThat(cookie.name()).isEqualTo(FixtureSiteTraffic.session("localhost", 2).name());
      boolean known = false;
      for (int uid = 2; uid < 2 + FixtureSiteTraffic.SESSIONS; uid++) {
        known |= FixtureSiteTraffic.session("localhost", uid).value().equals(cookie.value());
      }
      assertThat(known).as("session of a seeded user").isTrue();
    }
  }

  @Test
  void session_isDrupalsCookieNameForTheHostAndTheSeededId() {
    // Request::sessionName() and seed.php: "SESS" + 32 hex of sha256(host); value sha256("produce-fixture-session-UID").
    SessionCookie cookie = FixtureSiteTraffic.session("localhost", 7);

    assertThat(cookie.name()).isEqualTo("SESS49960de5880e8c687434170f6476605b");
    assertThat(cookie.value()).isEqualTo("481a5bbc04911e8da56156bb3717349d9c30e132deee04609a9d6b4e7581d3f7");
  }

  private static List<Visit> take(Iterator<Visit> visits, int count) {
    List<Visit> taken = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      taken.add(visits.next());
    }
    return taken;
  }
}
