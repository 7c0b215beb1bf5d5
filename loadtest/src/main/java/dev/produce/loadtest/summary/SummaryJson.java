package dev.produce.loadtest.summary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.produce.loadtest.workload.Capacity;
import dev.produce.loadtest.workload.CapacityStep;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code summary.json}: the keys DESIGN.md promises ({@code before}/{@code after} with
 * {@code ttfb_ms}, {@code response_ms}, {@code requests}, {@code errors}, {@code throughput_rps},
 * {@code cache_hit_rate}, {@code drupal_cache_hit_rate}; {@code ttfb_p95_reduction_pct}; {@code gate}) —
 * with repeated runs, the primary load's median runs — and, besides them, the original design's
 * {@code seed_targets} (reported, not gated), page loads ({@code page_load_ms}), Drupal's cache reads by
 * bin, {@code loads} (per load the median and range of each metric before and after, the median p95
 * ratios and the verdict), stock's {@code capacity}, the CPU split ({@code run.cpus}), TTFB and nginx
 * microcache hit rates of anonymous and logged-in pages apart, how the run was made and the requests by kind. Keys come in a fixed order; numbers are
 * rounded; absent values are {@code null}.
 */
public final class SummaryJson {
  private SummaryJson() {}

  public static String format(Summary summary) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeFieldName("before");
      if (summary.before().isPresent()) {
        phase(json, summary.before().get());
      } else {
        json.writeNull();
      }
      json.writeFieldName("after");
      phase(json, summary.after());
      number(json, "ttfb_p95_reduction_pct", summary.ttfbP95ReductionPct());
      seedTargets(json, SeedTargets.of(summary));
      loads(json, summary.loads());
      capacity(json, summary.capacity());
      gate(json, summary.gate());
      run(json, summary.run());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void phase(JsonGenerator json, PhaseResult phase) throws IOException {
    json.writeStartObject();
    percentiles(json, "ttfb_ms", phase.ttfbMs());
    percentiles(json, "ttfb_anonymous_ms", phase.ttfbAnonymousMs());
    percentiles(json, "ttfb_authenticated_ms", phase.ttfbAuthenticatedMs());
    percentiles(json, "response_ms", phase.responseMs());
    percentiles(json, "page_load_ms", phase.pageLoadMs());
    json.writeNumberField("requests", phase.requests());
    json.writeNumberField("errors", phase.errors());
    json.writeNumberField("throughput_rps", Numbers.round2(phase.throughputRps()));
    number(json, "cache_hit_rate", phase.cacheHitRate().map(SummaryJson::share));
    number(json, "drupal_cache_hit_rate", phase.drupalCacheHitRate().map(SummaryJson::share));
    drupalCacheHitsByBin(json, phase.drupalCacheReadsByBin());
    json.writeFieldName("cache_evictions");
    if (phase.cacheEvictions().isPresent()) {
      json.writeNumber(phase.cacheEvictions().get());
    } else {
      json.writeNull();
    }
    number(json, "microcache_hit_rate", phase.microcacheHitRate().map(SummaryJson::share));
    number(json, "microcache_hit_rate_authenticated", phase.microcacheHitRateAuthenticated().map(SummaryJson::share));
    json.writeNumberField("duration_s", Numbers.round2(phase.durationSeconds()));
    json.writeNumberField("ttfb_samples", phase.ttfbSamples());
    json.writeNumberField("ttfb_errors", phase.ttfbErrors());
    json.writeNumberField("error_rate_pct", Numbers.round2(phase.errorRatePct()));
    number(json, "background_cpu_pct", phase.backgroundCpuPct());
    json.writeObjectFieldStart("by_kind");
    for (Map.Entry<String, KindStats> kind : phase.byKind().entrySet()) {
      json.writeObjectFieldStart(kind.getKey());
      json.writeNumberField("requests", kind.getValue().requests());
      json.writeNumberField("errors", kind.getValue().errors());
      percentiles(json, "response_ms", kind.getValue().responseMs());
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void percentiles(JsonGenerator json, String name, Optional<Percentiles> percentiles)
      throws IOException {
    if (percentiles.isEmpty()) {
      json.writeNullField(name);
      return;
    }
    Percentiles p = percentiles.get();
    json.writeObjectFieldStart(name);
    json.writeNumberField("p50", p.p50());
    json.writeNumberField("p95", p.p95());
    json.writeNumberField("p99", p.p99());
    json.writeNumberField("max", p.max());
    json.writeEndObject();
  }

  private static void gate(JsonGenerator json, Gate gate) throws IOException {
    json.writeObjectFieldStart("gate");
    number(json, "ttfb_reduction_pct", gate.ttfbReductionPct());
    json.writeNumberField("max_error_rate_pct", gate.maxErrorRatePct());
    json.writeBooleanField("passed", gate.passed());
    json.writeBooleanField("inconclusive", gate.inconclusive());
    json.writeArrayFieldStart("reasons");
    for (String reason : gate.reasons()) {
      json.writeString(reason);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void run(JsonGenerator json, RunInfo run) throws IOException {
    json.writeObjectFieldStart("run");
    json.writeStringField("target", run.target());
    text(json, "bundle_command", run.bundleCommand());
    json.writeNumberField("users", run.users());
    json.writeNumberField("duration_s", run.durationSeconds());
    json.writeNumberField("warmup_s", run.warmupSeconds());
    json.writeNumberField("pairs", run.pairs());
    json.writeBooleanField("twins", run.twins());
    json.writeBooleanField("control", run.control());
    json.writeStringField("caches_at_start", run.cachesAtStart().map(CachesAtStart::optionValue).orElse("untouched"));
    json.writeFieldName("cpus");
    if (run.cpus().isPresent()) {
      CpuAssignment cpus = run.cpus().get();
      json.writeStartObject();
      json.writeNumberField("host", cpus.hostCpus());
      json.writeStringField("site", cpus.site());
      json.writeStringField("load_generator", cpus.loadGenerator());
      json.writeBooleanField("isolated", cpus.isolated());
      json.writeBooleanField("load_generator_pinned", cpus.loadGeneratorPinned());
      if (cpus.bundleCpus().isPresent()) {
        json.writeNumberField("bundle_cpus", cpus.bundleCpus().get());
      } else {
        json.writeNullField("bundle_cpus");
      }
      json.writeEndObject();
    } else {
      json.writeNull();
    }
    json.writeObjectFieldStart("machine");
    json.writeNumberField("cores", run.machine().cores());
    json.writeNumberField("memory_mb", run.machine().memoryMb());
    json.writeNumberField("load_average_start", Numbers.round2(run.machine().loadAtStart()));
    json.writeNumberField("load_average_end", Numbers.round2(run.machine().loadAtEnd()));
    json.writeStringField("description", run.machine().description());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void loads(JsonGenerator json, List<LoadComparison> loads) throws IOException {
    json.writeArrayFieldStart("loads");
    for (LoadComparison load : loads) {
      json.writeStartObject();
      json.writeStringField("key", load.key());
      json.writeStringField("label", load.label());
      json.writeStringField("model", load.open() ? "open" : "closed");
      json.writeStringField("workload", load.workload());
      side(json, "before", load.before());
      side(json, "after", load.after());
      number(json, "ttfb_p95_ratio", load.p95Ratio());
      json.writeArrayFieldStart("ttfb_p95_pair_ratios");
      for (double ratio : load.p95PairRatios()) {
        json.writeNumber(ratio);
      }
      json.writeEndArray();
      number(json, "page_load_p95_ratio", load.pageLoadP95Ratio());
      json.writeStringField("verdict", load.verdict().word());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void side(JsonGenerator json, String name, List<PhaseResult> runs) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("runs", runs.size());
    spread(json, "ttfb_p50_ms", runs, run -> run.ttfbMs().map(Percentiles::p50));
    spread(json, "ttfb_p95_ms", runs, LoadComparison::ttfbP95);
    spread(json, "ttfb_p99_ms", runs, LoadComparison::ttfbP99);
    spread(json, "response_p95_ms", runs, run -> run.responseMs().map(Percentiles::p95));
    spread(json, "throughput_rps", runs, LoadComparison::throughputRps);
    spread(json, "error_rate_pct", runs, run -> Optional.of(run.errorRatePct()));
    spread(json, "page_load_p50_ms", runs, run -> run.pageLoadMs().map(Percentiles::p50));
    spread(json, "page_load_p95_ms", runs, LoadComparison::pageLoadP95);
    spread(json, "cache_hit_rate", runs, PhaseResult::cacheHitRate);
    spread(json, "drupal_cache_hit_rate", runs, PhaseResult::drupalCacheHitRate);
    json.writeEndObject();
  }

  /** {@code {"page": {"reads": 2, "hits": 1, "hit_rate": 0.5}, …}}; null when the site did not count. */
  private static void drupalCacheHitsByBin(JsonGenerator json, Map<String, BinReads> bins) throws IOException {
    if (bins.isEmpty()) {
      json.writeNullField("drupal_cache_hits_by_bin");
      return;
    }
    json.writeObjectFieldStart("drupal_cache_hits_by_bin");
    for (Map.Entry<String, BinReads> bin : bins.entrySet()) {
      json.writeObjectFieldStart(bin.getKey());
      json.writeNumberField("reads", bin.getValue().reads());
      json.writeNumberField("hits", bin.getValue().hits());
      number(json, "hit_rate", bin.getValue().hitRate().map(SummaryJson::share));
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** The original design's targets: reported, not gated. */
  private static void seedTargets(JsonGenerator json, List<SeedTarget> targets) throws IOException {
    json.writeArrayFieldStart("seed_targets");
    for (SeedTarget target : targets) {
      json.writeStartObject();
      json.writeStringField("target", target.goal().key());
      text(json, "load", target.loadKey());
      json.writeStringField("required", target.goal().required());
      number(json, "measured", target.measuredPct());
      json.writeFieldName("met");
      json.writeObject(target.met().orElse(null));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void spread(JsonGenerator json, String name, List<PhaseResult> runs,
      Function<PhaseResult, Optional<Double>> metric) throws IOException {
    Optional<Spread> spread = LoadComparison.spread(runs, metric);
    if (spread.isEmpty()) {
      json.writeNullField(name);
      return;
    }
    json.writeObjectFieldStart(name);
    json.writeNumberField("median", Numbers.round2(spread.get().median()));
    json.writeNumberField("min", Numbers.round2(spread.get().min()));
    json.writeNumberField("max", Numbers.round2(spread.get().max()));
    json.writeEndObject();
  }

  private static void capacity(JsonGenerator json, Optional<Capacity> capacity) throws IOException {
    json.writeFieldName("capacity");
    if (capacity.isEmpty()) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeNumberField("visits_per_s", Numbers.round2(capacity.get().visitsPerSec()));
    json.writeBooleanField("given", capacity.get().isGiven());
    json.writeNumberField("users", capacity.get().best().users());
    json.writeArrayFieldStart("steps");
    for (CapacityStep step : capacity.get().steps()) {
      json.writeStartObject();
      json.writeNumberField("users", step.users());
      json.writeNumberField("anonymous_visits_per_s", Numbers.round2(step.anonymousVisitsPerSec()));
      json.writeNumberField("authenticated_visits_per_s", Numbers.round2(step.authenticatedVisitsPerSec()));
      json.writeNumberField("error_rate_pct", Numbers.round2(step.errorRatePct()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** A share within 0..1, four decimals. */
  private static double share(double rate) {
    return Math.round(rate * 10000) / 10000.0;
  }

  private static void text(JsonGenerator json, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }

  private static void number(JsonGenerator json, String name, Optional<Double> value) throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }
}
