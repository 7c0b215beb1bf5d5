package dev.produce.loadtest.traffic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 1..n with probability proportional to 1/rank^s: a few URLs get most visits, the long
 * tail still gets some (so caches see misses as on a real site).
 */
public final class Zipf {
  private final double[] cumulative;

  public Zipf(int n, double exponent) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 1; rank <= n; rank++) {
      sum += 1.0 / Math.pow(rank, exponent);
      cumulative[rank - 1] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
  }

  /** A rank in 1..n. */
  public int next(SplittableRandom random) {
    int index = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(cumulative.length, (index >= 0 ? index : -index - 1) + 1);
  }

  /** The probability of {@code rank} (1..n). */
  public double probability(int rank) {
    if (rank < 1 || rank > cumulative.length) {
      throw new IllegalArgumentException("rank must be within 1.." + cumulative.length + ": " + rank);
    }
    return rank == 1 ? cumulative[0] : cumulative[rank - 1] - cumulative[rank - 2];
  }

  /** The probability of rank 1. */
  public double topShare() {
    return cumulative[0];
  }
}
