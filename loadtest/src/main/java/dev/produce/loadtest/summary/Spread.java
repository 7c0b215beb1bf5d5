package dev.produce.loadtest.summary;

import java.util.List;

/**
 * A metric over repeated runs: the median and the range (min–max) it fell in.
 *
 * @param median the middle value (the mean of the middle two for an even count)
 * @param min    the smallest
 * @param max    the largest
 * @param runs   how many runs
 */
public record Spread(double median, double min, double max, int runs) {

  public Spread {
    if (runs < 1 || !(min <= median && median <= max)) {
      throw new IllegalArgumentException("need min <= median <= max over at least one run: " + min + ", " + median
          + ", " + max + " over " + runs);
    }
  }

  /** The spread of {@code values}; at least one. */
  public static Spread of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a spread needs at least one value");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new Spread(median, sorted[0], sorted[n - 1], n);
  }

  /** Whether the two ranges share a value: then the runs cannot tell the two apart. */
  public boolean overlaps(Spread other) {
    return min <= other.max && other.min <= max;
  }
}
