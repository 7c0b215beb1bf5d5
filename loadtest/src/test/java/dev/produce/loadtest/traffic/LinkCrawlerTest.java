package dev.produce.loadtest.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pages of an existing site to visit: its start page and safe same-site links, on loopback. */
class LinkCrawlerTest {
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void pages_keepsSameSiteLinksAndDropsStateChangingOnes() throws Exception {
    URI start = serve(200, "<a href=\"/node/1\">a</a> <a class=x href=\"/tags/cache?page=2&amp;x=1\">b</a>"
        + "<a href=\"https://elsewhere.example/\">c</a> <a href=\"/user/logout\">d</a> <a href=\"/admin/content\">e</a>"
        + "<a href=\"/node/1\">dup</a> <a href=\"#top\">f</a> <a href=\"/files/report.pdf\">g</a> <a href=\"relative\">h</a>");

    assertThat(LinkCrawler.pages(HttpClient.newHttpClient(), start))
        .containsExactly("/start", "/node/1", "/tags/cache?page=2&x=1", "/relative");
  }

  @Test
  void pages_startPageNotOk_isRefused() throws Exception {
    URI start = serve(500, "broken");

    assertThatThrownBy(() -> LinkCrawler.pages(HttpClient.newHttpClient(), start))
        .isInstanceOf(IOException.class).hasMessageContaining("HTTP 500");
  }

  private URI serve(int status, String body) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/start");
  }
}
