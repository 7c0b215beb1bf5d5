package dev.produce.loadtest.workload;

import java.util.Locale;

/** The load of one measurement: closed (concurrent users) or open (arrival rates of visits). */
public sealed interface Workload {

  /** How the report names it, e.g. {@code 16 users (closed)} or {@code 6.2 visits/s (open)}. */
  String describe();

  /**
   * Closed model: {@code users} visitors, each starting its next visit the moment the last one ends
   * (no think time): beyond the site's concurrency, it saturates the site.
   *
   * @param users concurrent users, 1 to 512
   */
  record Closed(int users) implements Workload {
    public Closed {
      if (users < 1 || users > 512) {
        throw new IllegalArgumentException("users must be within 1..512: " + users);
      }
    }

    @Override
    public String describe() {
      return users + (users == 1 ? " user" : " users") + " (closed)";
    }
  }

  /**
   * Open model: visits arrive at these rates whatever the site does, as visitors do.
   *
   * @param anonymousPerSec     anonymous visits starting per second
   * @param authenticatedPerSec logged-in visits starting per second (0 without logged-in traffic)
   */
  record Open(double anonymousPerSec, double authenticatedPerSec) implements Workload {
    public Open {
      if (!(anonymousPerSec >= 0 && authenticatedPerSec >= 0 && anonymousPerSec + authenticatedPerSec > 0)) {
        throw new IllegalArgumentException("rates must be non-negative and not both 0: " + anonymousPerSec + ", "
            + authenticatedPerSec);
      }
    }

    /** Visits starting per second, both kinds. */
    public double visitsPerSec() {
      return anonymousPerSec + authenticatedPerSec;
    }

    /** The share (0..1) of visits that are logged in. */
    public double authenticatedShare() {
      return authenticatedPerSec / visitsPerSec();
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "%.2f visits/s (open)", visitsPerSec());
    }
  }
}
