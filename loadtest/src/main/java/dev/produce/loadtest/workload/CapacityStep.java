package dev.produce.loadtest.workload;

/**
 * One step of the capacity search: what stock sustained with {@code users} closed-model users.
 *
 * @param users                  concurrent users of the step
 * @param anonymousVisitsPerSec  anonymous visits completed per second
 * @param authenticatedVisitsPerSec logged-in visits completed per second
 * @param errorRatePct           failed requests in percent
 */
public record CapacityStep(int users, double anonymousVisitsPerSec, double authenticatedVisitsPerSec,
    double errorRatePct) {

  public double visitsPerSec() {
    return anonymousVisitsPerSec + authenticatedVisitsPerSec;
  }
}
