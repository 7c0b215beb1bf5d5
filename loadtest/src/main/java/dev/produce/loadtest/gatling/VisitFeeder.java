package dev.produce.loadtest.gatling;

import dev.produce.loadtest.traffic.Visit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A Gatling feeder over visits: {@code page1}, {@code page2} … and, for a logged-in user,
 * {@code cookieName} and {@code cookieValue}. Thread-safe: Gatling's users pull from it concurrently.
 */
final class VisitFeeder implements Iterator<Map<String, Object>> {
  private final Iterator<Visit> visits;

  VisitFeeder(Iterator<Visit> visits) {
    this.visits = visits;
  }

  @Override
  public synchronized boolean hasNext() {
    return visits.hasNext();
  }

  @Override
  public synchronized Map<String, Object> next() {
    Visit visit = visits.next();
    Map<String, Object> record = new HashMap<>();
    for (int i = 0; i < visit.pages().size(); i++) {
      record.put("page" + (i + 1), visit.pages().get(i));
    }
    visit.session().ifPresent(cookie -> {
      record.put("cookieName", cookie.name());
      record.put("cookieValue", cookie.value());
    });
    return record;
  }
}
