package dev.produce.loadtest.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.produce.loadtest.summary.BinReads;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fixture site's Drupal cache read counters ({@code GET /fixture/cache-reads}, see
 * {@code fixtures/site/README.md}): per bin, the cache item reads the application made and how many
 * were served from cache, since PHP-FPM started. Read from inside the site container from its own
 * nginx, which never stores the answer (microcache bundles included).
 *
 * @param counting whether the site counts at all (APCu enabled in PHP-FPM)
 * @param since    when the counters were first read after they were last emptied; another value at a
 *                 later reading means they were emptied in between (PHP-FPM restarted, APCu cleared)
 * @param bins     reads and hits per bin
 */
public record DrupalCacheReads(boolean counting, Optional<String> since, Map<String, BinReads> bins) {
  /** The endpoint's path on the fixture site. */
  public static final String PATH = "/fixture/cache-reads";
  private static final String COMMAND = "curl -fsS --max-time 10 http://127.0.0.1" + PATH;
  private static final ObjectMapper JSON = new ObjectMapper();

  public DrupalCacheReads {
    Objects.requireNonNull(since, "since");
    bins = Map.copyOf(bins);
  }

  /** The counters now; empty when the endpoint does not answer with them. */
  public static Optional<DrupalCacheReads> read(Target site) {
    ExecResult result = site.shell(COMMAND);
    return result.succeeded() ? parse(result.stdout()) : Optional.empty();
  }

  /** The endpoint's JSON, {@code {"apcu":true,"since":"…","bins":{"page":{"reads":2,"hits":1},…}}}; empty when it is not. */
  public static Optional<DrupalCacheReads> parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (root == null || !root.path("apcu").isBoolean() || !root.path("bins").isObject()) {
      return Optional.empty();
    }
    Map<String, BinReads> bins = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("bins").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> bin = it.next();
      JsonNode reads = bin.getValue().path("reads");
      JsonNode hits = bin.getValue().path("hits");
      if (!reads.canConvertToLong() || !hits.canConvertToLong() || hits.asLong() > reads.asLong()
          || hits.asLong() < 0) {
        return Optional.empty();
      }
      bins.put(bin.getKey(), new BinReads(reads.asLong(), hits.asLong()));
    }
    JsonNode since = root.path("since");
    return Optional.of(new DrupalCacheReads(root.get("apcu").asBoolean(),
        since.isTextual() ? Optional.of(since.asText()) : Optional.empty(), bins));
  }

  /**
   * The reads per bin between two readings; empty when the site did not count, or the counters were
   * emptied in between (another {@code since}, or a counter that went down): no number rather than a
   * wrong one.
   */
  public static Optional<Map<String, BinReads>> between(DrupalCacheReads start, DrupalCacheReads end) {
    if (!start.counting || !end.counting || start.since.isEmpty() || !start.since.equals(end.since)) {
      return Optional.empty();
    }
    Map<String, BinReads> reads = new LinkedHashMap<>();
    for (Map.Entry<String, BinReads> bin : end.bins.entrySet()) {
      BinReads before = start.bins.getOrDefault(bin.getKey(), new BinReads(0, 0));
      long read = bin.getValue().reads() - before.reads();
      long hits = bin.getValue().hits() - before.hits();
      if (read < 0 || hits < 0) {
        return Optional.empty();
      }
      if (read > 0) {
        // A request adds its reads before its hits: a reading between the two sees the reads alone.
        reads.put(bin.getKey(), new BinReads(read, Math.min(hits, read)));
      }
    }
    if (!end.bins.keySet().containsAll(start.bins.keySet())) {
      return Optional.empty();
    }
    return Optional.of(reads);
  }
}
