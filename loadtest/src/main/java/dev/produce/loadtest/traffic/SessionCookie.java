package dev.produce.loadtest.traffic;

import java.util.Objects;

/**
 * A logged-in user's session cookie.
 *
 * @param name  Drupal's session cookie name for the host, {@code SESS<32 hex>}
 * @param value the session id
 */
public record SessionCookie(String name, String value) {
  public SessionCookie {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** {@code name=value}, for a Cookie header. */
  public String header() {
    return name + "=" + value;
  }
}
