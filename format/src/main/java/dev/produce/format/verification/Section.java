package dev.produce.format.verification;

import java.util.List;
import java.util.Objects;

/**
 * A top-level key of the file ({@code produce:}, {@code nginx:} …) and its items.
 *
 * @param name  the key
 * @param items its items, in file order
 */
public record Section(String name, List<Item> items) {

  public Section {
    Objects.requireNonNull(name, "name");
    items = List.copyOf(items);
  }
}
