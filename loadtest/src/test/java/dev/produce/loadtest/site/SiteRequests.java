package dev.produce.loadtest.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Requests to the fixture site through its published port, redirects not followed. */
final class SiteRequests {
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI origin;

  SiteRequests(URI origin) {
    this.origin = origin;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(origin.resolve(path)).GET());
  }

  HttpResponse<String> get(String path, String cookie) {
    return send(HttpRequest.newBuilder(origin.resolve(path)).header("Cookie", cookie).GET());
  }

  HttpResponse<String> post(String path, Map<String, String> form, String cookie) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(origin.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return send(request);
  }

  static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  /** {@code name=value} of the response's Set-Cookie, empty without one. */
  static String cookieSet(HttpResponse<?> response) {
    String setCookie = header(response, "Set-Cookie");
    return setCookie.isEmpty() ? "" : setCookie.substring(0, setCookie.indexOf(';'));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
