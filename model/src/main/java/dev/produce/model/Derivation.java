package dev.produce.model;

/**
 * One computed value and how it was derived, as printed by {@code --explain} and recorded in
 * {@code profile.json} and the bundle README.
 *
 * @param key dotted name, e.g. {@code php_fpm.pm.max_children}
 * @param value the value as it appears in the generated configuration
 * @param derivation the arithmetic and the reason, in one line
 */
public record Derivation(String key, String value, String derivation) {
  public Derivation {
    if (key == null || key.isBlank() || value == null || derivation == null || derivation.isBlank()) {
      throw new IllegalArgumentException("a derivation needs a key, a value and a reason: " + key);
    }
  }
}
