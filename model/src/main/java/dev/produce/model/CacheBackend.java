package dev.produce.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The cache backend installed on the server and wired into Drupal. */
public enum CacheBackend {
  REDIS("redis"),
  /** Valkey, Redis's open-source fork: the same protocol, module and PHP extension. */
  VALKEY("valkey"),
  MEMCACHE("memcache"),
  NONE("none");

  private final String optionValue;

  CacheBackend(String optionValue) {
    this.optionValue = optionValue;
  }

  /** Whether Drupal reaches it through the redis module and phpredis: Redis and Valkey. */
  public boolean speaksRedis() {
    return this == REDIS || this == VALKEY;
  }

  /** The value as written on the command line ({@code redis}, {@code valkey}, {@code memcache}, {@code none}). */
  public String optionValue() {
    return optionValue;
  }

  /** The accepted values, for error messages: {@code redis|valkey|memcache|none}. */
  public static String acceptedValues() {
    return Arrays.stream(values()).map(CacheBackend::optionValue).collect(Collectors.joining("|"));
  }

  /** Parses a {@code --cache} value (case-insensitive); {@code memcached} is accepted as an alias. */
  public static CacheBackend parse(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (value.equals("memcached")) {
      return MEMCACHE;
    }
    for (CacheBackend backend : values()) {
      if (backend.optionValue.equals(value)) {
        return backend;
      }
    }
    throw new InvalidInputException(
        "--cache", "must be one of " + acceptedValues() + ", was '" + Excerpt.of(text) + "'");
  }
}
