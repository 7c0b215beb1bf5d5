package dev.produce.loadtest.summary;

import java.util.Objects;
import java.util.Optional;

/**
 * Gatling's requests of one kind (anonymous pages, authenticated pages, static assets) in a phase.
 *
 * @param requests   requests sent
 * @param errors     requests that failed (a status other than expected, a failed check, no response)
 * @param responseMs full response times of the successful ones, empty when none succeeded
 */
public record KindStats(long requests, long errors, Optional<Percentiles> responseMs) {

  public KindStats {
    if (requests < 0 || errors < 0 || errors > requests) {
      throw new IllegalArgumentException("need 0 <= errors <= requests, was " + errors + " of " + requests);
    }
    Objects.requireNonNull(responseMs, "responseMs");
  }
}
