package dev.produce.loadtest.traffic;

import java.util.Iterator;
import java.util.List;

/** The visits a load test sends to a site, in a deterministic order per seed. */
public interface Traffic {

  /** Whether visits of {@code kind} ({@link RequestKind#PAGE_ANONYMOUS} or {@link RequestKind#PAGE_AUTHENTICATED}) exist. */
  boolean offers(RequestKind kind);

  /** An endless stream of visits of {@code kind}; the same seed gives the same stream. */
  Iterator<Visit> visits(RequestKind kind, long seed);

  /**
   * The requests of a cache fill, each page once per visit, in order: every page an anonymous visit can
   * land on, then (where logged-in visits exist) the pages they view most, once per role the sessions
   * have. Drupal keeps what it renders for logged-in users apart from the anonymous copies (per role),
   * so a fill that stays anonymous leaves every logged-in first view a miss.
   */
  List<Visit> cacheFill();

  /** One line for people, e.g. {@code 2,000 articles, 40 tags, front page (Zipf), 50 sessions}. */
  String description();
}
