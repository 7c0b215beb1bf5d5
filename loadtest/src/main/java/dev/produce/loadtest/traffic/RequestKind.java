package dev.produce.loadtest.traffic;

/** The kinds of requests a load test sends, reported separately. */
public enum RequestKind {
  /** An HTML page without a session: Drupal's page cache may answer it. */
  PAGE_ANONYMOUS("page_anonymous", "page (anonymous)"),
  /** An HTML page with a session cookie: the dynamic page cache and render cache at best. */
  PAGE_AUTHENTICATED("page_authenticated", "page (authenticated)"),
  /** CSS, JS, SVG and PNG files a page references (image-style derivatives and aggregates included). */
  ASSET("asset", "asset");

  private final String key;
  private final String requestName;

  RequestKind(String key, String requestName) {
    this.key = key;
    this.requestName = requestName;
  }

  /** The key in summary.json's {@code by_kind}. */
  public String key() {
    return key;
  }

  /** The request name in Gatling's report. */
  public String requestName() {
    return requestName;
  }

  public boolean isPage() {
    return this != ASSET;
  }
}
