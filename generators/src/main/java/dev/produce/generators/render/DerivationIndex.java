package dev.produce.generators.render;

import dev.produce.model.Derivation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile's {@link Derivation}s by key, for templates that explain a value next to it:
 * {@code # $derivations.why('redis.maxmemory')}. An unknown key fails the render (like a misspelt
 * reference in strict mode) instead of printing an empty comment.
 */
public final class DerivationIndex {
  private final Map<String, Derivation> byKey = new LinkedHashMap<>();

  public DerivationIndex(List<Derivation> derivations) {
    derivations.forEach(d -> byKey.put(d.key(), d));
  }

  /** The one-line reason for the value under {@code key}. */
  public String why(String key) {
    return get(key).derivation();
  }

  /** The value under {@code key}, as it appears in the configuration (with its unit, if any). */
  public String value(String key) {
    return get(key).value();
  }

  private Derivation get(String key) {
    Derivation derivation = byKey.get(key);
    if (derivation == null) {
      throw new IllegalArgumentException("no derivation '" + key + "' in this profile; known: " + byKey.keySet());
    }
    return derivation;
  }
}
