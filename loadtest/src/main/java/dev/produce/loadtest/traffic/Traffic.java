package dev.produce.loadtest.traffic;

import java.util.Iterator;
import java.util.List;

/** The visits a load test sends to a site, in a deterministic order per seed. */
public interface Traffic {

  /** Whether visits of {@code kind} ({@link RequestKind#PAGE_ANONYMOUS} or {@link RequestKind#PAGE_AUTHENTICATED}) exist. */
  boolean offers(RequestKind kind);

  /** An endless stream of visits of {@code kind}; the same seed gives the same stream. */
  Iterator<Visit> visits(RequestKind kind, long seed);

  /** Every page an anonymous visit can land on, the most visited first (what a cache fill requests). */
  List<String> landingPages();

  /** One line for people, e.g. {@code 2,000 articles, 40 tags, front page (Zipf), 50 sessions}. */
  String description();
}
