package dev.produce.loadtest.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Number formatting shared by the summary's formatters. */
final class Numbers {
  private Numbers() {}

  /** {@code 50} for 50.0, {@code 12.5} for 12.5: no trailing zeros. */
  static String trimmed(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Milliseconds for people: {@code 0.42 ms}, {@code 5.7 ms}, {@code 153 ms}. */
  static String millis(double ms) {
    if (ms < 1) {
      return String.format(Locale.ROOT, "%.2f ms", ms);
    }
    if (ms < 100) {
      return String.format(Locale.ROOT, "%.1f ms", ms);
    }
    return String.format(Locale.ROOT, "%,.0f ms", ms);
  }

  /** A range of milliseconds: {@code 95–100 ms}, {@code 0.42–1.2 ms}. */
  static String range(double minMs, double maxMs) {
    String min = millis(minMs);
    return min.substring(0, min.length() - " ms".length()) + "\u2013" + millis(maxMs);
  }

  /** Ratios two decimals each, comma-separated: {@code 0.91, 1.20}; a dash for none. */
  static String ratios(List<Double> ratios) {
    return ratios.isEmpty() ? "\u2014" : ratios.stream().map(ratio -> String.format(Locale.ROOT, "%.2f", ratio))
        .collect(Collectors.joining(", "));
  }

  /** A signed change in percent: {@code −42.1 %}, {@code +3.0 %} (U+2212 for minus). */
  static String change(double pct) {
    String text = String.format(Locale.ROOT, "%+.1f %%", pct);
    return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
  }

  /** Two decimals, for JSON. */
  static double round2(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
