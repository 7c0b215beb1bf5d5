package dev.produce.loadtest.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.loadtest.summary.BinReads;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fixture site's cache read counters: the endpoint's JSON, and the reads between two readings. */
class DrupalCacheReadsTest {
  private static final String START = "{\"apcu\":true,\"since\":\"1733467200.123456\",\"bins\":{"
      + "\"config\":{\"reads\":40,\"hits\":38},\"page\":{\"reads\":10,\"hits\":4}}}\n";
  private static final String END = "{\"apcu\":true,\"since\":\"1733467200.123456\",\"bins\":{"
      + "\"config\":{\"reads\":140,\"hits\":138},\"page\":{\"reads\":30,\"hits\":22},\"render\":{\"reads\":5,\"hits\":0}}}";

  @Test
  void parse_readsEveryBinsReadsAndHits() {
    DrupalCacheReads reads = DrupalCacheReads.parse(START).orElseThrow();

    assertThat(reads.counting()).isTrue();
    assertThat(reads.since()).contains("1733467200.123456");
    assertThat(reads.bins()).containsExactlyInAnyOrderEntriesOf(Map.of("config", new BinReads(40, 38),
        "page", new BinReads(10, 4)));
  }

  @Test
  void parse_withoutApcu_saysSo_andHasNoBins() {
    DrupalCacheReads reads = DrupalCacheReads.parse("{\"apcu\":false,\"since\":null,\"bins\":{}}").orElseThrow();

    assertThat(reads.counting()).isFalse();
    assertThat(reads.since()).isEmpty();
    assertThat(reads.bins()).isEmpty();
  }

  @Test
  void parse_notTheCounters_isEmpty() {
    assertThat(DrupalCacheReads.parse("<!DOCTYPE html><html>Page not found</html>")).isEmpty();
    assertThat(DrupalCacheReads.parse("{\"bins\":{}}")).isEmpty();
    assertThat(DrupalCacheReads.parse("{\"apcu\":true,\"since\":\"1\",\"bins\":{\"page\":{\"reads\":1,\"hits\":2}}}"))
        .isEmpty();
    assertThat(DrupalCacheReads.parse("{\"apcu\":true,\"since\":\"1\",\"bins\":{\"page\":{\"reads\":\"x\"}}}"))
        .isEmpty();
  }

  @Test
  void between_isEachBinsDifference_binsNotReadLeftOut() {
    Map<String, BinReads> reads = DrupalCacheReads.between(read(START), read(END)).orElseThrow();

    assertThat(reads).containsExactlyInAnyOrderEntriesOf(Map.of("config", new BinReads(100, 100),
        "page", new BinReads(20, 18), "render", new BinReads(5, 0)));
    assertThat(DrupalCacheReads.between(read(START), read(START)).orElseThrow()).isEmpty();
  }

  @Test
  void between_countersEmptiedInBetween_isEmpty_notAWrongNumber() {
    // PHP-FPM restarted: the counters start again, with another "since"
    String restarted = END.replace("1733467200.123456", "1733467260.000001");
    // the same "since" but fewer reads: a counter went down
    String decreased = START.replace("\"reads\":40", "\"reads\":39");
    // a bin gone
    String binGone = "{\"apcu\":true,\"since\":\"1733467200.123456\",\"bins\":{\"page\":{\"reads\":30,\"hits\":22}}}";

    assertThat(DrupalCacheReads.between(read(START), read(restarted))).isEmpty();
    assertThat(DrupalCacheReads.between(read(START), read(decreased))).isEmpty();
    assertThat(DrupalCacheReads.between(read(START), read(binGone))).isEmpty();
  }

  @Test
  void between_notCounting_isEmpty() {
    DrupalCacheReads off = new DrupalCacheReads(false, Optional.empty(), Map.of());

    assertThat(DrupalCacheReads.between(off, off)).isEmpty();
    assertThat(DrupalCacheReads.between(read(START), off)).isEmpty();
  }

  private static DrupalCacheReads read(String json) {
    return DrupalCacheReads.parse(json).orElseThrow();
  }
}
