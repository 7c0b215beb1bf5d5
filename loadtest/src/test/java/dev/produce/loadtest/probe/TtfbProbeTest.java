package dev.produce.loadtest.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.produce.loadtest.summary.Percentiles;
import dev.produce.loadtest.traffic.RequestKind;
import dev.produce.loadtest.traffic.SessionCookie;
import dev.produce.loadtest.traffic.Visit;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The probe against a loopback server standing in for nginx: anonymous pages fast and (but for the
 * first) from the microcache, logged-in pages slow and never from it.
 */
class TtfbProbeTest {
  private static final Duration LOGGED_IN_DELAY = Duration.ofMillis(40);
  private static final Visit ANONYMOUS = new Visit(List.of("/node/1"), Optional.empty());
  private static final Visit LOGGED_IN = new Visit(List.of("/node/1"),
      Optional.of(new SessionCookie("SESS0123456789abcdef0123456789abcdef", "session-id")));

  private final AtomicLong anonymousAnswered = new AtomicLong();
  private final AtomicLong anonymousHits = new AtomicLong();
  private HttpServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void probe_keepsTtfbAndMicrocacheHitsOfAnonymousAndLoggedInVisitsApart() throws Exception {
    String origin = serve(true);

    TtfbProbe probe = TtfbProbe.start(origin, repeat(ANONYMOUS), Optional.of(repeat(LOGGED_IN)), 0.5,
        Duration.ofMillis(1));
    try (probe) {
      awaitSamplesOfBothKinds(probe);
    }

    Percentiles anonymous = probe.percentiles(RequestKind.PAGE_ANONYMOUS).orElseThrow();
    Percentiles loggedIn = probe.percentiles(RequestKind.PAGE_AUTHENTICATED).orElseThrow();
    assertThat(loggedIn.p50()).isGreaterThanOrEqualTo(LOGGED_IN_DELAY.toMillis());
    assertThat(anonymous.p50()).isLessThan(loggedIn.p50());
    assertThat(probe.percentiles().orElseThrow().max()).isEqualTo(Math.max(anonymous.max(), loggedIn.max()));
    assertThat(probe.errors()).isZero();
    // the probe counts exactly what the server sent: the first anonymous answer was a MISS
    assertThat(anonymousHits.get()).isEqualTo(anonymousAnswered.get() - 1);
    assertThat(probe.microcacheHitRate(RequestKind.PAGE_ANONYMOUS))
        .contains((double) anonymousHits.get() / anonymousAnswered.get());
    assertThat(probe.microcacheHitRate(RequestKind.PAGE_AUTHENTICATED)).contains(0.0);
  }

  @Test
  void probe_withoutMicrocacheHeader_hasNoHitRates() throws Exception {
    String origin = serve(false);

    TtfbProbe probe = TtfbProbe.start(origin, repeat(ANONYMOUS), Optional.of(repeat(LOGGED_IN)), 0.5,
        Duration.ofMillis(1));
    try (probe) {
      awaitSamplesOfBothKinds(probe);
    }

    assertThat(probe.microcacheHitRate(RequestKind.PAGE_ANONYMOUS)).isEmpty();
    assertThat(probe.microcacheHitRate(RequestKind.PAGE_AUTHENTICATED)).isEmpty();
    assertThat(probe.percentiles(RequestKind.PAGE_ANONYMOUS)).isPresent();
  }

  @Test
  void probe_anonymousOnly_hasNoLoggedInNumbers() throws Exception {
    String origin = serve(true);

    TtfbProbe probe = TtfbProbe.start(origin, repeat(ANONYMOUS), Optional.empty(), 0, Duration.ofMillis(1));
    try (probe) {
      await(() -> probe.samples() >= 5);
    }

    assertThat(probe.percentiles(RequestKind.PAGE_AUTHENTICATED)).isEmpty();
    assertThat(probe.microcacheHitRate(RequestKind.PAGE_AUTHENTICATED)).isEmpty();
    assertThat(probe.microcacheHitRate(RequestKind.PAGE_ANONYMOUS)).isPresent();
    assertThatThrownBy(() -> probe.percentiles(RequestKind.ASSET)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Starts the server; with {@code microcache}, anonymous pages carry the header (lower-case name). */
  private String serve(boolean microcache) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> answer(exchange, microcache));
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void answer(HttpExchange exchange, boolean microcache) throws IOException {
    boolean loggedIn = exchange.getRequestHeaders().containsKey("Cookie");
    if (loggedIn) {
      sleep(LOGGED_IN_DELAY);
    } else if (microcache) {
      boolean hit = anonymousAnswered.getAndIncrement() > 0;
      if (hit) {
        anonymousHits.incrementAndGet();
      }
      exchange.getResponseHeaders().add("x-micro-cache", hit ? "HIT" : "MISS");
    }
    byte[] body = "<html><body>page</body></html>".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void awaitSamplesOfBothKinds(TtfbProbe probe) throws InterruptedException {
    await(() -> probe.percentiles(RequestKind.PAGE_AUTHENTICATED).isPresent() && probe.samples() >= 20);
  }

  private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("probe samples within 20 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private static Iterator<Visit> repeat(Visit visit) {
    return Stream.generate(() -> visit).iterator();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
