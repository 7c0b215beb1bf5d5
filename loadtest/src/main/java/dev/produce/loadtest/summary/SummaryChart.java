package dev.produce.loadtest.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ttfb.svg}: TTFB p50, p95 and p99 before and after as grouped bars, values written on them.
 */
public final class SummaryChart {
  private static final int WIDTH = 560;
  private static final int HEIGHT = 300;
  private static final int LEFT = 50;
  private static final int BOTTOM = 250;
  private static final int TOP = 50;
  private static final String BEFORE_COLOUR = "#9ea3ab";
  private static final String AFTER_COLOUR = "#2a7fbd";

  private SummaryChart() {}

  public static String format(Summary summary) {
    Optional<Percentiles> before = summary.before().flatMap(PhaseResult::ttfbMs);
    Optional<Percentiles> after = summary.after().ttfbMs();
    List<double[]> groups = new ArrayList<>();
    groups.add(new double[] {before.map(Percentiles::p50).orElse(-1.0), after.map(Percentiles::p50).orElse(-1.0)});
    groups.add(new double[] {before.map(Percentiles::p95).orElse(-1.0), after.map(Percentiles::p95).orElse(-1.0)});
    groups.add(new double[] {before.map(Percentiles::p99).orElse(-1.0), after.map(Percentiles::p99).orElse(-1.0)});
    double max = groups.stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(1);
    double scale = max > 0 ? (BOTTOM - TOP) / max : 0;

    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append("  <title>TTFB of HTML pages before and after the bundle</title>\n");
    svg.append("  <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
    svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">TTFB, HTML pages"
        + " (ms)%s</text>%n", LEFT, summary.ttfbP95ReductionPct().map(p -> ": p95 " + Numbers.change(-p)).orElse("")));
    svg.append(String.format(Locale.ROOT, "  <line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
        LEFT, BOTTOM, WIDTH - 20, BOTTOM));
    String[] labels = {"p50", "p95", "p99"};
    int groupWidth = (WIDTH - LEFT - 40) / labels.length;
    for (int g = 0; g < labels.length; g++) {
      int x = LEFT + g * groupWidth + 20;
      bar(svg, x, groups.get(g)[0], scale, BEFORE_COLOUR);
      bar(svg, x + 60, groups.get(g)[1], scale, AFTER_COLOUR);
      svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          x + 55, BOTTOM + 18, labels[g]));
    }
    legend(svg, LEFT, BEFORE_COLOUR, "before (stock)");
    legend(svg, LEFT + 150, AFTER_COLOUR, summary.before().isPresent() ? "after (bundle)" : "measured");
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void bar(StringBuilder svg, int x, double value, double scale, String colour) {
    if (value < 0) {
      return;
    }
    int height = (int) Math.max(1, Math.round(value * scale));
    svg.append(String.format(Locale.ROOT, "  <rect x=\"%d\" y=\"%d\" width=\"50\" height=\"%d\" fill=\"%s\"/>%n",
        x, BOTTOM - height, height, colour));
    svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
        x + 25, BOTTOM - height - 4, Numbers.millis(value).replace(" ms", "")));
  }

  private static void legend(StringBuilder svg, int x, String colour, String label) {
    svg.append(String.format(Locale.ROOT, "  <rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
        x, HEIGHT - 22, colour));
    svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\">%s</text>%n", x + 18, HEIGHT - 12, label));
  }
}
