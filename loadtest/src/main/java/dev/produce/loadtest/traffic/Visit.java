package dev.produce.loadtest.traffic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One visitor's requests: the pages in order (paths with their query), and the session cookie of a
 * logged-in user, if any.
 *
 * @param pages   paths such as {@code /node/17} or {@code /?page=2}, at least one
 * @param session the session cookie; empty for an anonymous visitor
 */
public record Visit(List<String> pages, Optional<SessionCookie> session) {
  public Visit {
    pages = List.copyOf(pages);
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("a visit has at least one page");
    }
    Objects.requireNonNull(session, "session");
  }

  public RequestKind kind() {
    return session.isPresent() ? RequestKind.PAGE_AUTHENTICATED : RequestKind.PAGE_ANONYMOUS;
  }

  /** The pages {@code visits} request, all together. */
  public static int pageViews(List<Visit> visits) {
    return visits.stream().mapToInt(visit -> visit.pages().size()).sum();
  }
}
