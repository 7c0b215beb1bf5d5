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

/** Requests to the fixture site through its published port, over HTTP/1.1, redirects not followed. */
final class SiteRequests {
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  private final URI origin;

  SiteRequests(URI origin) {
    this.origin = origin;
  }

  /**
   * A request for {@code path} (with its query) on the site, for methods and headers of the caller's own.
   * The path is sent as written: {@code //user/login} stays a path, {@code %75} stays escaped.
   */
  HttpRequest.Builder request(String path) {
    String base = origin.toString().replaceAll("/+$", "");
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
  }

  HttpResponse<String> get(String path) {
    return get(path, Map.of());
  }

  HttpResponse<String> get(String path, String cookie) {
    return get(path, Map.of("Cookie", cookie));
  }

  HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = request(path).GET();
    headers.forEach(request::header);
    return send(request.build());
  }

  /** A form POST; {@code cookie} empty for none. */
  HttpResponse<String> post(String path, Map<String, String> form, String cookie) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = request(path)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return send(request.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  /** {@code name=value} of the response's Set-Cookie, empty without one. */
  static String cookieSet(HttpResponse<?> response) {
    String setCookie = header(response, "Set-Cookie");
    return setCookie.isEmpty() ? "" : setCookie.substring(0, setCookie.indexOf(';'));
  }
}
