package dev.produce.loadtest.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The recorder counts requests and failures per kind; page percentiles leave assets out. */
class ResponseRecorderTest {

  @Test
  void record_countsPerKindAndPagesPercentilesIgnoreAssets() {
    ResponseRecorder recorder = new ResponseRecorder();
    for (int i = 0; i < 99; i++) {
      recorder.record(RequestKind.PAGE_ANONYMOUS, Optional.of(10));
      recorder.record(RequestKind.ASSET, Optional.of(1));
    }
    recorder.record(RequestKind.PAGE_AUTHENTICATED, Optional.of(200));
    recorder.record(RequestKind.PAGE_AUTHENTICATED, Optional.empty());

    assertThat(recorder.requests()).isEqualTo(200);
    assertThat(recorder.errors()).isEqualTo(1);
    assertThat(recorder.pages().orElseThrow().p50()).isEqualTo(10.0);
    assertThat(recorder.pages().orElseThrow().max()).isEqualTo(200.0);
    assertThat(recorder.byKind()).containsOnlyKeys("page_anonymous", "page_authenticated", "asset");
    assertThat(recorder.byKind().get("page_authenticated").errors()).isEqualTo(1);
    assertThat(recorder.byKind().get("asset").responseMs().orElseThrow().p99()).isEqualTo(1.0);
  }

  @Test
  void byKind_leavesOutKindsNeverSent() {
    ResponseRecorder recorder = new ResponseRecorder();
    recorder.record(RequestKind.PAGE_ANONYMOUS, Optional.of(5));

    assertThat(recorder.byKind()).containsOnlyKeys("page_anonymous");
    assertThat(recorder.spanSeconds()).isZero();
  }

  @Test
  void pages_onlyFailures_isEmpty() {
    ResponseRecorder recorder = new ResponseRecorder();
    recorder.record(RequestKind.PAGE_ANONYMOUS, Optional.empty());

    assertThat(recorder.pages()).isEmpty();
    assertThat(recorder.errors()).isEqualTo(1);
  }

  @Test
  void pageLoads_arePercentilesOfTheRecordedVisits_apartFromRequests() {
    ResponseRecorder recorder = new ResponseRecorder();
    assertThat(recorder.pageLoads()).isEmpty();

    for (int i = 1; i <= 100; i++) {
      recorder.recordPageLoad(i * 1000L);
    }

    // HdrHistogram's buckets: within 0.05 % of the recorded value
    assertThat(recorder.pageLoads().orElseThrow().p50()).isCloseTo(50.0, within(0.05));
    assertThat(recorder.pageLoads().orElseThrow().p95()).isCloseTo(95.0, within(0.05));
    assertThat(recorder.pageLoads().orElseThrow().max()).isCloseTo(100.0, within(0.05));
    assertThat(recorder.requests()).isZero();
  }
}
