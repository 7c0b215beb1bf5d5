package dev.produce.loadtest.traffic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Visits to the fixture site ({@code fixtures/site}): anonymous visitors land on an article (70 %),
 * the front page or one of its pages (15 %) or a tag's page (15 %), the URLs Zipf-skewed over all
 * 2,000 articles so a long tail misses the caches; logged-in users (one of the 50 sessions the
 * site's installer creates) view two pages. The numbers match {@code fixtures/site/scripts/seed.php}.
 *
 * <p>The cache fill requests every landing page anonymously, then the pages carrying {@link
 * #LOGGED_IN_FILL_SHARE} of logged-in page views once as a plain user and once as an editor (the two
 * role sets among the sessions): a site in its steady state has those in its dynamic page and render
 * caches, and the long tail still misses.
 */
public final class FixtureSiteTraffic implements Traffic {
  /** Articles the installer creates: /node/1 … /node/2000. */
  public static final int ARTICLES = 2000;
  /** Tags: /taxonomy/term/1 … /taxonomy/term/40. */
  public static final int TAGS = 40;
  /** Users with a session: uid 2 … 51, cookie value sha256("produce-fixture-session-UID"). */
  public static final int FIRST_SESSION_UID = 2;
  public static final int SESSIONS = 50;
  /** Sessions of users with the editor role: uid 2 … 6 (seed.php); the others have no role beyond authenticated. */
  public static final int LAST_EDITOR_UID = 6;
  /** The share of logged-in page views whose pages the cache fill requests logged in (263 pages). */
  public static final double LOGGED_IN_FILL_SHARE = 0.80;
  private static final double ARTICLE_SHARE = 0.70;
  private static final double FRONT_PAGE_SHARE = 0.15;
  private static final int FRONT_PAGES = 30;
  private static final long POPULARITY_SEED = 20261129L;

  private final String host;
  private final int[] popularity;
  private final Zipf articles = new Zipf(ARTICLES, 1.0);
  private final Zipf tags = new Zipf(TAGS, 1.0);
  private final Zipf frontPages = new Zipf(FRONT_PAGES, 1.5);

  /** @param host the host name requests carry (the session cookie's name depends on it) */
  public FixtureSiteTraffic(String host) {
    this.host = host;
    // The most visited articles are spread over the archive, not the oldest ones.
    popularity = new int[ARTICLES];
    for (int i = 0; i < ARTICLES; i++) {
      popularity[i] = i + 1;
    }
    SplittableRandom shuffle = new SplittableRandom(POPULARITY_SEED);
    for (int i = ARTICLES - 1; i > 0; i--) {
      int j = shuffle.nextInt(i + 1);
      int swap = popularity[i];
      popularity[i] = popularity[j];
      popularity[j] = swap;
    }
  }

  @Override
  public boolean offers(RequestKind kind) {
    return kind.isPage();
  }

  @Override
  public Iterator<Visit> visits(RequestKind kind, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean authenticated = kind == RequestKind.PAGE_AUTHENTICATED;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Visit next() {
        List<String> pages = new ArrayList<>();
        pages.add(page(random));
        if (authenticated) {
          pages.add(page(random));
          int uid = FIRST_SESSION_UID + random.nextInt(SESSIONS);
          return new Visit(pages, Optional.of(session(host, uid)));
        }
        return new Visit(pages, Optional.empty());
      }
    };
  }

  /**
   * Every landing page anonymously ({@link #landingPages()}), then the most viewed pages carrying
   * {@link #LOGGED_IN_FILL_SHARE} of logged-in page views, each once with a plain user's session and
   * once with an editor's (sessions taken in turn).
   */
  @Override
  public List<Visit> cacheFill() {
    List<Visit> fill = new ArrayList<>();
    landingPages().forEach(page -> fill.add(new Visit(List.of(page), Optional.empty())));
    List<String> popular = mostViewed(LOGGED_IN_FILL_SHARE);
    int editors = LAST_EDITOR_UID - FIRST_SESSION_UID + 1;
    for (int i = 0; i < popular.size(); i++) {
      List<String> page = List.of(popular.get(i));
      fill.add(new Visit(page, Optional.of(session(host, LAST_EDITOR_UID + 1 + i % (SESSIONS - editors)))));
      fill.add(new Visit(page, Optional.of(session(host, FIRST_SESSION_UID + i % editors))));
    }
    return List.copyOf(fill);
  }

  /** The fewest pages, most viewed first, whose share of page views is at least {@code share}. */
  List<String> mostViewed(double share) {
    record Viewed(String page, double probability) {}
    List<Viewed> pages = new ArrayList<>();
    for (int rank = 1; rank <= ARTICLES; rank++) {
      pages.add(new Viewed("/node/" + popularity[rank - 1], ARTICLE_SHARE * articles.probability(rank)));
    }
    for (int rank = 1; rank <= FRONT_PAGES; rank++) {
      pages.add(new Viewed(frontPage(rank - 1), FRONT_PAGE_SHARE * frontPages.probability(rank)));
    }
    for (int rank = 1; rank <= TAGS; rank++) {
      pages.add(new Viewed("/taxonomy/term/" + rank, (1 - ARTICLE_SHARE - FRONT_PAGE_SHARE) * tags.probability(rank)));
    }
    pages.sort(Comparator.comparingDouble(Viewed::probability).reversed().thenComparing(Viewed::page));
    List<String> chosen = new ArrayList<>();
    double covered = 0;
    for (Viewed viewed : pages) {
      if (covered >= share) {
        break;
      }
      chosen.add(viewed.page());
      covered += viewed.probability();
    }
    return chosen;
  }

  /** The front page and its pages, every tag's page and every article, articles in order of popularity. */
  public List<String> landingPages() {
    List<String> pages = new ArrayList<>();
    pages.add("/");
    for (int page = 1; page < FRONT_PAGES; page++) {
      pages.add(frontPage(page));
    }
    for (int tag = 1; tag <= TAGS; tag++) {
      pages.add("/taxonomy/term/" + tag);
    }
    for (int rank = 0; rank < ARTICLES; rank++) {
      pages.add("/node/" + popularity[rank]);
    }
    return List.copyOf(pages);
  }

  @Override
  public String description() {
    return String.format("fixture site: %,d articles (Zipf), front page and %d tag pages; %d logged-in sessions",
        ARTICLES, TAGS, SESSIONS);
  }

  private String page(SplittableRandom random) {
    double landing = random.nextDouble();
    if (landing < ARTICLE_SHARE) {
      return "/node/" + popularity[articles.next(random) - 1];
    }
    if (landing < ARTICLE_SHARE + FRONT_PAGE_SHARE) {
      return frontPage(frontPages.next(random) - 1);
    }
    return "/taxonomy/term/" + tags.next(random);
  }

  /** The front page's page {@code page} (0 is the front page itself). */
  private static String frontPage(int page) {
    return page == 0 ? "/" : "/?page=" + page;
  }

  /** The fixture's session cookie of user {@code uid} for requests to {@code host}. */
  public static SessionCookie session(String host, int uid) {
    return new SessionCookie("SESS" + sha256(host).substring(0, 32), sha256("produce-fixture-session-" + uid));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
