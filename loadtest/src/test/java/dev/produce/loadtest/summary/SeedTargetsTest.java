package dev.produce.loadtest.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.produce.loadtest.workload.Capacity;
import dev.produce.loadtest.workload.CapacitySearch;
import dev.produce.loadtest.workload.CapacityStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The seed's three metrics: page loads, Drupal's cache hit rate by bin beside the daemon's counters, and
 * the table of the original design's targets that opens summary.md (and {@code seed_targets} in summary.json).
 */
class SeedTargetsTest {

  /** A run with these p95s (ms) of TTFB and page load ({@code 0}: no page load) and Drupal reads by bin. */
  private static PhaseResult run(double ttfbP95, double pageLoadP95, Map<String, BinReads> reads) {
    PhaseResult phase = Phases.phase(Phases.ms(ttfbP95 / 4, ttfbP95, ttfbP95 * 1.5, ttfbP95 * 2), 0, null);
    return Phases.seedMetrics(phase, pageLoadP95 == 0 ? null
        : Phases.ms(pageLoadP95 / 2, pageLoadP95, pageLoadP95 * 1.2, pageLoadP95 * 1.5), reads);
  }

  /** Drupal reads of the page and render bins: hits of 100 reads each. */
  private static Map<String, BinReads> reads(long pageHits, long renderHits) {
    return Map.of("page", new BinReads(100, pageHits), "render", new BinReads(100, renderHits));
  }

  private static List<PhaseResult> runs(double[] ttfb, double[] pageLoad, List<Map<String, BinReads>> reads) {
    List<PhaseResult> runs = new ArrayList<>();
    for (int i = 0; i < ttfb.length; i++) {
      runs.add(run(ttfb[i], pageLoad[i], reads.get(i)));
    }
    return runs;
  }

  /** At 80 %: TTFB −86.4 % (met), page load −48.9 % (not met), hit rate 92.5 % (met); saturation: neither counted. */
  private static Summary repeated() {
    Capacity capacity = CapacitySearch.result(List.of(new CapacityStep(1, 4, 1, 0), new CapacityStep(2, 8, 2, 0)));
    List<Map<String, BinReads>> none = List.of(Map.of(), Map.of(), Map.of());
    LoadComparison open = new LoadComparison("open-80pct", "80 % of capacity", true, "8.00 visits/s (open)",
        runs(new double[] {100, 120, 110}, new double[] {400, 500, 450}, List.of(reads(10, 60), reads(12, 60),
            reads(8, 60))),
        runs(new double[] {10, 20, 15}, new double[] {200, 260, 230}, List.of(reads(95, 90), reads(90, 90),
            reads(100, 90))));
    LoadComparison saturation = new LoadComparison("saturation", "saturation (16 users, closed)", false,
        "16 users (closed)", runs(new double[] {900, 1000, 950}, new double[] {0, 0, 0}, none),
        runs(new double[] {880, 1020, 940}, new double[] {0, 0, 0}, none));
    return Summary.compare(Phases.run(), capacity, List.of(open, saturation), Optional.empty());
  }

  @Test
  void markdown_opensWithTheSeedTargets_perLoad_metNotMetOrNa() {
    String md = SummaryMarkdown.format(repeated());

    assertThat(md).startsWith("# produce-loadtest: p95 TTFB \u221286.4 % at 80 % of capacity, median (gate passed)\n\n"
        + "| seed target | required | measured | met |\n"
        + "|---|---:|---:|---|\n"
        + "| TTFB p95 reduction at 80 % of capacity | \u2265 80 % | 86.4 % | met |\n"
        + "| Page load p95 reduction at 80 % of capacity | \u2265 50 % | 48.9 % | not met |\n"
        + "| Drupal cache hit rate (after) at 80 % of capacity | > 90 % | 92.5 % | met |\n"
        + "| TTFB p95 reduction at saturation (16 users, closed) | \u2265 80 % | 1.1 % | not met |\n"
        + "| Page load p95 reduction at saturation (16 users, closed) | \u2265 50 % | \u2014 | n/a |\n"
        + "| Drupal cache hit rate (after) at saturation (16 users, closed) | > 90 % | \u2014 | n/a |\n\n"
        + "The original design's targets, reported, not gated");
  }

  @Test
  void seedTargets_areReportedNotGated() {
    Summary summary = repeated();

    assertThat(summary.gate().passed()).isTrue();
    assertThat(SummaryMarkdown.format(summary)).contains("**Gate: passed**");
  }

  @Test
  void json_seedTargets_oneEntryPerTargetAndLoad() throws Exception {
    JsonNode targets = new ObjectMapper().readTree(SummaryJson.format(repeated())).get("seed_targets");

    assertThat(targets).hasSize(6);
    assertThat(targets.get(0).toString()).isEqualTo("{\"target\":\"ttfb_p95_reduction_pct\",\"load\":\"open-80pct\","
        + "\"required\":\">= 80\",\"measured\":86.4,\"met\":true}");
    assertThat(targets.get(1).toString()).isEqualTo("{\"target\":\"page_load_p95_reduction_pct\",\"load\":\"open-80pct\","
        + "\"required\":\">= 50\",\"measured\":48.9,\"met\":false}");
    assertThat(targets.get(2).toString()).isEqualTo("{\"target\":\"drupal_cache_hit_rate_pct\",\"load\":\"open-80pct\","
        + "\"required\":\"> 90\",\"measured\":92.5,\"met\":true}");
    assertThat(targets.get(5).toString()).isEqualTo("{\"target\":\"drupal_cache_hit_rate_pct\",\"load\":\"saturation\","
        + "\"required\":\"> 90\",\"measured\":null,\"met\":null}");
  }

  @Test
  void json_drupalHitRate_perPhaseAndByBin_andInTheSpreads_besideTheDaemons() throws Exception {
    JsonNode json = new ObjectMapper().readTree(SummaryJson.format(repeated()));

    // the detailed after run is the median one by p95 TTFB: 15 ms, hits 100 + 90 of 200 reads
    JsonNode after = json.get("after");
    assertThat(after.get("drupal_cache_hit_rate").asDouble()).isEqualTo(0.95);
    assertThat(after.get("drupal_cache_hits_by_bin").toString()).isEqualTo("{\"page\":{\"reads\":100,\"hits\":100,"
        + "\"hit_rate\":1.0},\"render\":{\"reads\":100,\"hits\":90,\"hit_rate\":0.9}}");
    assertThat(after.has("cache_hit_rate")).isTrue();
    assertThat(FieldNames.of(after.get("page_load_ms"))).containsExactly("p50", "p95", "p99", "max");
    assertThat(after.get("page_load_ms").get("p95").asDouble()).isEqualTo(230.0);
    JsonNode open = json.get("loads").get(0);
    assertThat(open.get("after").get("drupal_cache_hit_rate").toString())
        .isEqualTo("{\"median\":0.93,\"min\":0.9,\"max\":0.95}");
    assertThat(open.get("before").get("page_load_p95_ms").get("median").asDouble()).isEqualTo(450.0);
    assertThat(open.get("page_load_p95_ratio").asDouble()).isEqualTo(0.511);
    JsonNode saturation = json.get("loads").get(1);
    assertThat(saturation.get("after").get("drupal_cache_hit_rate").isNull()).isTrue();
    assertThat(saturation.get("page_load_p95_ratio").isNull()).isTrue();
  }

  @Test
  void json_notCounted_hasNulls() throws Exception {
    Summary single = Summary.of(Phases.run(), Optional.of(run(40, 0, Map.of())), run(10, 0, Map.of()),
        Optional.empty());

    JsonNode after = new ObjectMapper().readTree(SummaryJson.format(single)).get("after");

    assertThat(after.get("drupal_cache_hit_rate").isNull()).isTrue();
    assertThat(after.get("drupal_cache_hits_by_bin").isNull()).isTrue();
    assertThat(after.get("page_load_ms").isNull()).isTrue();
  }

  @Test
  void markdown_labelsDrupalsReadsAndTheDaemonsCountersApart() {
    Summary single = Summary.of(Phases.run(), Optional.of(run(40, 400, reads(10, 50))),
        Phases.phase(Phases.ms(5, 10, 15, 20), 0, 0.42), Optional.empty());
    Summary withReads = Summary.of(single.run(), single.before(), Phases.seedMetrics(single.after(),
        Phases.ms(100, 180, 200, 250), reads(99, 90)), Optional.empty());

    String md = SummaryMarkdown.format(withReads);

    assertThat(md).contains("| Page load p95 (anonymous page + assets) | 400 ms | 180 ms | \u221255.0 % |\n")
        .contains("| Drupal cache reads served from cache | 30.0 % | 94.5 % |  |\n")
        .contains("| Drupal cache reads served, by bin | page 10.0 % of 100, render 50.0 % of 100 |"
            + " page 99.0 % of 100, render 90.0 % of 100 |  |\n")
        .contains("| Daemon keyspace/get hits | \u2014 | 42.0 % (0 evicted) |  |\n")
        .contains("| TTFB p95 reduction | \u2265 80 % | 75.0 % | not met |\n")
        .contains("| Page load p95 reduction | \u2265 50 % | 55.0 % | met |\n")
        .contains("| Drupal cache hit rate (after) | > 90 % | 94.5 % | met |\n");
  }

  @Test
  void markdown_withoutBefore_reductionsAreNa() {
    String md = SummaryMarkdown.format(Summary.of(Phases.run(), Optional.empty(), run(10, 100, Map.of()),
        Optional.empty()));

    assertThat(md).contains("| TTFB p95 reduction | \u2265 80 % | \u2014 | n/a |\n")
        .contains("| Page load p95 reduction | \u2265 50 % | \u2014 | n/a |\n")
        .contains("| Drupal cache hit rate (after) | > 90 % | \u2014 | n/a |\n");
  }

  @Test
  void drupalCacheHitRate_isAllBinsHitsOverAllBinsReads() {
    PhaseResult phase = run(10, 0, Map.of("page", new BinReads(10, 1), "config", new BinReads(990, 989)));

    assertThat(phase.drupalCacheHitRate()).contains(0.99);
    assertThat(run(10, 0, Map.of()).drupalCacheHitRate()).isEmpty();
    assertThat(phase.drupalCacheReadsByBin().keySet()).containsExactly("config", "page");
  }

  /** The field names of a JSON object, in order. */
  private static final class FieldNames {
    static List<String> of(JsonNode node) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      return names;
    }
  }
}
