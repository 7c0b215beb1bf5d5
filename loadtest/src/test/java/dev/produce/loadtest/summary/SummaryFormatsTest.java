package dev.produce.loadtest.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import dev.produce.loadtest.workload.Capacity;
import dev.produce.loadtest.workload.CapacitySearch;
import dev.produce.loadtest.workload.CapacityStep;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** summary.json carries DESIGN.md's keys; summary.md and ttfb.svg show the same numbers. */
class SummaryFormatsTest {
  private static final PhaseResult BEFORE = Phases.phase(Phases.ms(5.7, 40, 60.5, 90), 0, null);
  private static final PhaseResult AFTER = Phases.phase(Phases.ms(4.2, 10, 20, 30), 3, 0.9734);
  private final Summary summary = Summary.of(Phases.run(), Optional.of(BEFORE), AFTER, Optional.of(50.0));

  @Test
  void json_hasTheDesignKeysWithTheirValues() throws Exception {
    JsonNode json = new ObjectMapper().readTree(SummaryJson.format(summary));

    for (String phase : new String[] {"before", "after"}) {
      assertThat(FieldNames.of(json.get(phase).get("ttfb_ms"))).containsExactly("p50", "p95", "p99", "max");
      assertThat(json.get(phase).has("response_ms")).isTrue();
      assertThat(json.get(phase).get("requests").asLong()).isEqualTo(3000);
      assertThat(json.get(phase).has("throughput_rps")).isTrue();
      assertThat(json.get(phase).has("cache_hit_rate")).isTrue();
    }
    assertThat(json.get("before").get("cache_hit_rate").isNull()).isTrue();
    assertThat(json.get("after").get("cache_hit_rate").asDouble()).isEqualTo(0.9734);
    assertThat(json.get("after").get("cache_evictions").asLong()).isZero();
    assertThat(json.get("after").get("background_cpu_pct").asDouble()).isEqualTo(12.5);
    assertThat(json.get("before").get("cache_evictions").isNull()).isTrue();
    assertThat(json.get("after").get("ttfb_ms").get("p95").asDouble()).isEqualTo(10.0);
    assertThat(json.get("after").get("errors").asLong()).isEqualTo(3);
    assertThat(json.get("after").get("throughput_rps").asDouble()).isEqualTo(100.0);
    assertThat(json.get("ttfb_p95_reduction_pct").asDouble()).isEqualTo(75.0);
    assertThat(json.get("gate").get("ttfb_reduction_pct").asDouble()).isEqualTo(50.0);
    assertThat(json.get("gate").get("passed").asBoolean()).isTrue();
    assertThat(json.get("run").get("users").asInt()).isEqualTo(16);
  }

  @Test
  void json_byVisitor_hasTtfbAndMicrocacheHitRatesOfAnonymousAndLoggedInPages() throws Exception {
    PhaseResult before = Phases.byVisitor(BEFORE, Phases.ms(5, 30, 50, 80), Phases.ms(8, 60, 70, 90), null, null);
    PhaseResult after = Phases.byVisitor(AFTER, Phases.ms(0.4, 2, 4, 9), Phases.ms(7, 58, 66, 88), 0.92341, 0.0);

    JsonNode json = new ObjectMapper().readTree(SummaryJson.format(
        Summary.of(Phases.run(), Optional.of(before), after, Optional.of(50.0))));

    for (String phase : new String[] {"before", "after"}) {
      assertThat(FieldNames.of(json.get(phase).get("ttfb_anonymous_ms"))).containsExactly("p50", "p95", "p99", "max");
      assertThat(FieldNames.of(json.get(phase).get("ttfb_authenticated_ms")))
          .containsExactly("p50", "p95", "p99", "max");
    }
    assertThat(json.get("after").get("ttfb_anonymous_ms").get("p95").asDouble()).isEqualTo(2.0);
    assertThat(json.get("after").get("ttfb_authenticated_ms").get("p95").asDouble()).isEqualTo(58.0);
    assertThat(json.get("before").get("microcache_hit_rate").isNull()).isTrue();
    assertThat(json.get("before").get("microcache_hit_rate_authenticated").isNull()).isTrue();
    assertThat(json.get("after").get("microcache_hit_rate").asDouble()).isEqualTo(0.9234);
    assertThat(json.get("after").get("microcache_hit_rate_authenticated").isNumber()).isTrue();
    assertThat(json.get("after").get("microcache_hit_rate_authenticated").asDouble()).isZero();
    // the overall TTFB keeps its meaning
    assertThat(json.get("after").get("ttfb_ms").get("p95").asDouble()).isEqualTo(10.0);
  }

  @Test
  void json_withoutProbeSplitOrMicrocache_hasTheNewKeysAsNull() throws Exception {
    JsonNode json = new ObjectMapper().readTree(SummaryJson.format(summary));

    for (String phase : new String[] {"before", "after"}) {
      for (String key : new String[] {"ttfb_anonymous_ms", "ttfb_authenticated_ms", "microcache_hit_rate",
          "microcache_hit_rate_authenticated"}) {
        assertThat(json.get(phase).has(key)).as(phase + "." + key).isTrue();
        assertThat(json.get(phase).get(key).isNull()).as(phase + "." + key).isTrue();
      }
    }
  }

  @Test
  void markdown_byVisitor_showsTtfbOfEachAndMicrocacheHits() {
    PhaseResult before = Phases.byVisitor(BEFORE, Phases.ms(5, 30, 50, 80), Phases.ms(8, 60, 70, 90), null, null);
    PhaseResult after = Phases.byVisitor(AFTER, Phases.ms(0.4, 2, 4, 9), Phases.ms(7, 58, 66, 88), 0.92341, 0.0);

    String md = SummaryMarkdown.format(Summary.of(Phases.run(), Optional.of(before), after, Optional.of(50.0)));

    assertThat(md).contains("| TTFB p99 | 60.5 ms | 20.0 ms | \u221266.9 % |\n"
        + "| TTFB p95, anonymous pages | 30.0 ms | 2.0 ms | \u221293.3 % |\n"
        + "| TTFB p95, logged-in pages | 60.0 ms | 58.0 ms | \u22123.3 % |\n");
    assertThat(md).contains("| Microcache hits (anonymous / logged in) | \u2014 | 92.3 % / 0.0 % |  |");
  }

  @Test
  void markdown_withoutProbeSplitOrMicrocache_leavesTheirRowsOut() {
    String md = SummaryMarkdown.format(summary);

    assertThat(md).doesNotContain("anonymous pages").doesNotContain("logged-in pages").doesNotContain("Microcache");
  }

  @Test
  void markdown_anonymousTrafficOnly_leavesTheLoggedInRowOut() {
    PhaseResult crawled = Phases.byVisitor(AFTER, Phases.ms(4.2, 10, 20, 30), null, 0.5, null);

    String md = SummaryMarkdown.format(Summary.of(Phases.run(), Optional.empty(), crawled, Optional.empty()));

    assertThat(md).contains("| TTFB p95, anonymous pages | 10.0 ms |\n")
        .contains("| Microcache hits (anonymous / logged in) | 50.0 % / \u2014 |\n")
        .doesNotContain("logged-in pages");
  }

  /** The field names of a JSON object, in order. */
  private static final class FieldNames {
    static java.util.List<String> of(JsonNode node) {
      java.util.List<String> names = new java.util.ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      return names;
    }
  }

  @Test
  void json_withoutBefore_hasNullsWhereNothingWasMeasured() throws Exception {
    Summary targetUrl = Summary.of(Phases.run(), Optional.empty(), AFTER, Optional.empty());

    JsonNode json = new ObjectMapper().readTree(SummaryJson.format(targetUrl));

    assertThat(json.get("before").isNull()).isTrue();
    assertThat(json.get("ttfb_p95_reduction_pct").isNull()).isTrue();
    assertThat(json.get("gate").get("ttfb_reduction_pct").isNull()).isTrue();
  }

  @Test
  void markdown_tableShowsBothPhasesAndTheChange() {
    String md = SummaryMarkdown.format(summary);

    assertThat(md).startsWith("# produce-loadtest: p95 TTFB \u221275.0 % (gate passed)\n");
    assertThat(md).contains("| **TTFB p95** | 40.0 ms | 10.0 ms | \u221275.0 % |");
    assertThat(md).contains("| TTFB p50 | 5.7 ms | 4.2 ms | \u221226.3 % |");
    assertThat(md).contains("| Daemon keyspace/get hits | — | 97.3 % (0 evicted) |  |");
    assertThat(md).contains("| Requests (errors) | 3,000 (0) | 3,000 (3) |  |");
    assertThat(md).contains("| Other CPU use (noise) | 13 % | 13 % |  |");
    assertThat(md).contains("**Gate: passed** (p95 TTFB at least 50 % lower");
    assertThat(md).contains("[before](before/index.html), [after](after/index.html)");
  }

  @Test
  void markdown_withoutBefore_showsTheMeasuredColumnOnly() {
    String md = SummaryMarkdown.format(Summary.of(Phases.run(), Optional.empty(), AFTER, Optional.empty()));

    assertThat(md).contains("| | measured |\n|---|---:|\n| TTFB p50 | 4.2 ms |\n").doesNotContain("before/index.html");
  }

  @Test
  void markdown_failedGate_saysWhy() {
    Summary failed = Summary.of(Phases.run(), Optional.of(BEFORE), AFTER, Optional.of(100.0));

    assertThat(SummaryMarkdown.format(failed)).contains("(gate FAILED)")
        .contains("**Gate: FAILED**").contains("less than the required 100 %");
  }

  @Test
  void chart_isWellFormedSvgWithSixBars() throws Exception {
    String svg = SummaryChart.format(summary);

    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    // background + six bars + two legend keys
    assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(9);
    assertThat(svg).contains(">40.0<").contains(">10.0<").contains("p95 \u221275.0 %");
  }

  /** Two loads, three pairs each, on a split machine: what a default fixture-site run reports. */
  private static Summary repeated() {
    return repeated(false);
  }

  private static Summary repeated(boolean twins) {
    return repeated(twins, false);
  }

  private static Summary repeated(boolean twins, boolean control) {
    return repeated(twins, control, CachesAtStart.FILLED);
  }

  private static Summary repeated(boolean twins, boolean control, CachesAtStart cachesAtStart) {
    RunInfo run = new RunInfo("fixture site in produce/target:0123456789ab", Optional.of("produce-compile --memory 2048"
        + " --cache redis --cpus 1"), 16, 30, 10, 3, Optional.of(new CpuAssignment(2, "0", "1", true, true,
        Optional.of(1))), new Machine(2, 24105, 0.5, 1.75, "Linux 6.1 amd64, Java 17.0.15"), twins, control,
        Optional.of(cachesAtStart));
    Capacity capacity = CapacitySearch.result(List.of(new CapacityStep(1, 4, 1, 0), new CapacityStep(2, 8, 2, 0),
        new CapacityStep(4, 7.6, 1.9, 0)));
    List<LoadComparison> loads = List.of(
        new LoadComparison("open-80pct", "80 % of capacity", true, capacity.openAt(80).describe(),
            LoadComparisonTest.runs(100, 120, 110), LoadComparisonTest.runs(60, 80, 70)),
        new LoadComparison("saturation", "saturation (16 users, closed)", false, "16 users (closed)",
            LoadComparisonTest.runs(900, 1000, 950), LoadComparisonTest.runs(880, 1020, 940)));
    return Summary.compare(run, capacity, loads, Optional.empty());
  }

  @Test
  void json_repeated_hasEveryLoadsMedianRangeAndVerdict_andTheSplit() throws Exception {
    JsonNode json = new ObjectMapper().readTree(SummaryJson.format(repeated()));

    JsonNode open = json.get("loads").get(0);
    assertThat(FieldNames.of(open)).containsExactly("key", "label", "model", "workload", "before", "after",
        "ttfb_p95_ratio", "ttfb_p95_pair_ratios", "page_load_p95_ratio", "verdict");
    assertThat(open.get("key").asText()).isEqualTo("open-80pct");
    assertThat(open.get("model").asText()).isEqualTo("open");
    assertThat(open.get("workload").asText()).isEqualTo("8.00 visits/s (open)");
    assertThat(open.get("before").get("runs").asInt()).isEqualTo(3);
    assertThat(FieldNames.of(open.get("before").get("ttfb_p95_ms"))).containsExactly("median", "min", "max");
    assertThat(open.get("before").get("ttfb_p95_ms").get("median").asDouble()).isEqualTo(110.0);
    assertThat(open.get("after").get("ttfb_p95_ms").get("min").asDouble()).isEqualTo(60.0);
    assertThat(open.get("after").get("ttfb_p95_ms").get("max").asDouble()).isEqualTo(80.0);
    assertThat(open.get("before").get("ttfb_p99_ms").get("median").asDouble()).isEqualTo(165.0);
    assertThat(open.get("after").get("ttfb_p99_ms").get("max").asDouble()).isEqualTo(120.0);
    assertThat(open.get("ttfb_p95_ratio").asDouble()).isEqualTo(0.636);
    assertThat(open.get("ttfb_p95_pair_ratios")).extracting(JsonNode::asDouble).containsExactly(0.6, 0.667, 0.636);
    assertThat(open.get("verdict").asText()).isEqualTo("better");
    assertThat(json.get("loads").get(1).get("model").asText()).isEqualTo("closed");
    assertThat(json.get("loads").get(1).get("verdict").asText()).isEqualTo("inconclusive");
    // the headline keys DESIGN.md promises: the primary (open) load's median runs
    assertThat(json.get("before").get("ttfb_ms").get("p95").asDouble()).isEqualTo(110.0);
    assertThat(json.get("after").get("ttfb_ms").get("p95").asDouble()).isEqualTo(70.0);
    assertThat(json.get("ttfb_p95_reduction_pct").asDouble()).isEqualTo(36.4);
    assertThat(json.get("capacity").get("visits_per_s").asDouble()).isEqualTo(10.0);
    assertThat(json.get("capacity").get("users").asInt()).isEqualTo(2);
    assertThat(json.get("capacity").get("given").asBoolean()).isFalse();
    assertThat(json.get("capacity").get("steps")).hasSize(3);
    assertThat(json.get("run").get("pairs").asInt()).isEqualTo(3);
    assertThat(json.get("run").get("cpus").get("site").asText()).isEqualTo("0");
    assertThat(json.get("run").get("cpus").get("load_generator").asText()).isEqualTo("1");
    assertThat(json.get("run").get("cpus").get("load_generator_pinned").asBoolean()).isTrue();
    assertThat(json.get("run").get("cpus").get("bundle_cpus").isInt()).isTrue();
    assertThat(json.get("gate").get("passed").asBoolean()).isTrue();
    assertThat(json.get("gate").get("inconclusive").asBoolean()).isFalse();
  }

  @Test
  void markdown_repeated_regressionBesideInconclusive_isAFailureNotInconclusive() {
    Summary summary = repeated();

    Summary gated = Summary.compare(summary.run(), summary.capacity().orElseThrow(), summary.loads(),
        Optional.of(10.0));

    assertThat(gated.gate().inconclusive()).isFalse();
    assertThat(SummaryMarkdown.format(gated)).contains("(gate FAILED)\n").contains("inconclusive at saturation")
        .contains("p95 TTFB at saturation (16 users, closed) fell by 1.1 %, less than the required 10 %");
  }

  /**
   * A lower p95 with a higher p99 is not "at least as good", nor with closed users is less throughput;
   * an open load's throughput is the rate offered and is not judged.
   */
  @Test
  void markdown_medians_sayNoWhenTheTailOrTheClosedThroughputIsWorse() {
    Summary summary = repeated();
    List<PhaseResult> fewerRequests = LoadComparisonTest.runs(60, 80, 70).stream()
        .map(run -> Phases.withRequests(run, 2000)).toList();
    List<PhaseResult> longerTail = List.of(
        Phases.phase(Phases.ms(20, 60, 200, 400), 0, null), Phases.phase(Phases.ms(20, 80, 200, 400), 0, null));
    List<LoadComparison> loads = List.of(
        new LoadComparison("open-50pct", "50 % of capacity", true, "5.00 visits/s (open)",
            LoadComparisonTest.runs(100, 120, 110), fewerRequests),
        new LoadComparison("open-80pct", "80 % of capacity", true, "8.00 visits/s (open)",
            LoadComparisonTest.runs(100, 120), longerTail),
        new LoadComparison("saturation", "saturation (16 users, closed)", false, "16 users (closed)",
            LoadComparisonTest.runs(100, 120, 110), fewerRequests));

    String md = SummaryMarkdown.format(Summary.compare(summary.run(), summary.capacity().orElseThrow(), loads,
        Optional.empty()));

    assertThat(md).contains("| 50 % of capacity | 110 ms \u2192 70.0 ms | 165 ms \u2192 105 ms"
            + " | 100.0 \u2192 66.7 req/s (offered) | yes |\n")
        .contains("| 80 % of capacity | 110 ms \u2192 70.0 ms | 165 ms \u2192 200 ms | 100.0 \u2192 100.0 req/s (offered)"
            + " | no |\n")
        .contains("| saturation (16 users, closed) | 110 ms \u2192 70.0 ms | 165 ms \u2192 105 ms | 100.0 \u2192 66.7 req/s"
            + " | no |\n");
  }

  @Test
  void json_repeated_isTheSameTextEveryTime() {
    assertThat(SummaryJson.format(repeated())).isEqualTo(SummaryJson.format(repeated()));
  }

  @Test
  void markdown_repeated_tabulatesEveryLoad() {
    String md = SummaryMarkdown.format(repeated());

    assertThat(md).startsWith("# produce-loadtest: p95 TTFB \u221236.4 % at 80 % of capacity, median (gate passed)\n");
    assertThat(md).contains("CPUs: site on CPU 0, load generator on CPU 1 (pinned with taskset); the bundle was"
        + " compiled with --cpus 1.\n");
    assertThat(md).contains("Stock's capacity: 10.00 visits/s with 2 closed-model users (the ramp, users: visits/s:"
        + " 1: 5.00, 2: 10.00, 4: 9.50)");
    assertThat(md).contains("3 before/after pairs per load (B A B A \u2026");
    assertThat(md).contains(SummaryMarkdown.LOADS_HEADER + "\n"
        + "|---|---|---:|---:|---:|---|\n"
        + "| 80 % of capacity | 8.00 visits/s (open) | 110 ms (100\u2013120 ms) | 70.0 ms (60.0\u201380.0 ms) | 0.64"
        + " (0.60, 0.67, 0.64) | better |\n"
        + "| saturation (16 users, closed) | 16 users (closed) | 950 ms (900\u20131,000 ms) | 940 ms (880\u20131,020 ms)"
        + " | 0.99 (0.98, 1.02, 0.99) | inconclusive |\n\n");
    assertThat(md).contains(MediansTable.HEADER + "\n|---|---:|---:|---:|---|\n"
        + "| 80 % of capacity | 110 ms \u2192 70.0 ms | 165 ms \u2192 105 ms | 100.0 \u2192 100.0 req/s (offered) | yes |\n"
        + "| saturation (16 users, closed) | 950 ms \u2192 940 ms | 1,425 ms \u2192 1,410 ms | 100.0 \u2192 100.0 req/s"
        + " | yes |\n\n");
    assertThat(md).contains("The runs shown in detail: the median ones at 80 % of capacity.\n\n| | before | after |");
  }

  @Test
  void twins_sayHowTheyWereMeasured_andLinkOneReportPerPair() throws Exception {
    String md = SummaryMarkdown.format(repeated(true));

    assertThat(md).contains("3 before/after pairs per load on twin sites (two identical site containers sharing the"
        + " site's CPUs, loaded at the same time");
    assertThat(md).doesNotContain("B A B A").doesNotContain("(before/open-80pct-1/index.html)")
        .contains("open-80pct [1](twins/open-80pct-1/index.html) [2](twins/open-80pct-2/index.html)"
            + " [3](twins/open-80pct-3/index.html), saturation [1](twins/saturation-1/index.html)");
    assertThat(new ObjectMapper().readTree(SummaryJson.format(repeated(true))).get("run").get("twins").asBoolean())
        .isTrue();
    assertThat(new ObjectMapper().readTree(SummaryJson.format(repeated())).get("run").get("twins").asBoolean())
        .isFalse();
  }

  @Test
  void control_saysNothingWasApplied_andLabelsTheHeadline() throws Exception {
    String md = SummaryMarkdown.format(repeated(true, true));

    assertThat(md).startsWith("# produce-loadtest: control, stock against stock: p95 TTFB ")
        .contains("Control run (A/A): nothing applied, stock Debian on both of the fixture site in")
        .contains("The bundle `produce-compile --memory 2048 --cache redis --cpus 1` only sized the containers.")
        .contains("3 pairs per load on twin sites (two identical site containers sharing the site's CPUs, loaded at"
            + " the same time, both stock: a control run")
        .doesNotContain("Bundle: `").doesNotContain("the bundle on the other");
    assertThat(new ObjectMapper().readTree(SummaryJson.format(repeated(true, true))).get("run").get("control")
        .asBoolean()).isTrue();
    assertThat(new ObjectMapper().readTree(SummaryJson.format(repeated(true))).get("run").get("control").asBoolean())
        .isFalse();
  }

  @Test
  void cachesAtStart_emptiedSaysColdStart_filledSaysTheFill() throws Exception {
    String emptied = SummaryMarkdown.format(repeated(true, true, CachesAtStart.EMPTIED));
    String filled = SummaryMarkdown.format(repeated(true, true));

    assertThat(emptied).contains("Each state started from Drupal's caches emptied and not filled (--caches emptied:"
        + " a cold start").doesNotContain("then filled");
    assertThat(filled).contains("Each state started from Drupal's caches emptied, then filled: every landing page"
        + " once").doesNotContain("cold start");
    assertThat(new ObjectMapper().readTree(SummaryJson.format(repeated(true, true, CachesAtStart.EMPTIED))).get("run")
        .get("caches_at_start").asText()).isEqualTo("emptied");
    assertThat(new ObjectMapper().readTree(SummaryJson.format(repeated())).get("run").get("caches_at_start")
        .asText()).isEqualTo("filled");
  }

  @Test
  void markdown_repeated_inconclusiveGate_saysSoInTheHeadline() {
    Summary summary = repeated();
    // saturation's median fell by 1.1 %, enough for 1 %, but its ranges overlap
    Summary gated = Summary.compare(summary.run(), summary.capacity().orElseThrow(), summary.loads(),
        Optional.of(1.0));

    assertThat(gated.gate().inconclusive()).isTrue();
    assertThat(SummaryMarkdown.format(gated)).startsWith("# produce-loadtest: p95 TTFB \u221236.4 % at 80 % of"
        + " capacity, median (gate FAILED: inconclusive)\n").contains("inconclusive at saturation (16 users, closed)");
  }
}
