package dev.produce.loadtest.traffic;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pages to visit on an existing site: the start page and up to {@value #MAX_PAGES} − 1
 * same-site links on it, leaving out those that change state or need a login (logout, admin, user,
 * cron, batch, update/install scripts, files).
 */
public final class LinkCrawler {
  static final int MAX_PAGES = 50;
  private static final Pattern HREF = Pattern.compile("<a\\s[^>]*href=\"([^\"#]+)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNSAFE = Pattern.compile(
      "(?i)(logout|/admin|/user|/cron|/batch|update\\.php|install\\.php|/system/|destination=|token=|\\.(?:pdf|zip|png|jpe?g|gif|svg|css|js|xml)(?:\\?|$))");

  private LinkCrawler() {}

  /** The start page's path and the safe same-site paths it links to, in the order they appear. */
  public static List<String> pages(HttpClient client, URI start) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(start).timeout(Duration.ofSeconds(30)).GET()
        .build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(start + " answered HTTP " + response.statusCode() + ", not 200");
    }
    Set<String> pages = new LinkedHashSet<>();
    pages.add(pathOf(start));
    Matcher links = HREF.matcher(response.body());
    while (links.find() && pages.size() < MAX_PAGES) {
      sameSitePath(start, links.group(1).replace("&amp;", "&")).ifPresent(pages::add);
    }
    return List.copyOf(pages);
  }

  static java.util.Optional<String> sameSitePath(URI start, String href) {
    URI link;
    try {
      link = start.resolve(href.strip());
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
    boolean sameSite = start.getScheme().equalsIgnoreCase(String.valueOf(link.getScheme()))
        && start.getHost().toLowerCase(Locale.ROOT).equals(String.valueOf(link.getHost()).toLowerCase(Locale.ROOT))
        && start.getPort() == link.getPort();
    String path = pathOf(link);
    return sameSite && !UNSAFE.matcher(path).find() ? java.util.Optional.of(path) : java.util.Optional.empty();
  }

  private static String pathOf(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
