package dev.produce.format.inventory;

import java.util.Optional;

/**
 * One variable's value as the inventory holds it: a scalar's text ({@code 4096}, {@code 4G},
 * {@code true}) or, for a list, mapping or empty value, only what it is. produce reads scalars;
 * other variables of the inventory pass through untouched.
 *
 * @param text the scalar's text; empty for a list, a mapping or a null
 * @param kind {@code "string"}, {@code "number"}, {@code "boolean"}, {@code "null"}, {@code "list"} or
 *     {@code "mapping"}
 */
public record InventoryValue(Optional<String> text, String kind) {
  /** Whether the value is a YAML boolean ({@code true}/{@code false}, unquoted). */
  public boolean isBoolean() {
    return kind.equals("boolean");
  }
}
