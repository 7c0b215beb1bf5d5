package dev.produce.generators.meta.verification;

import java.util.List;

/**
 * A top-level section of {@code .verification.yml}: a name and its items.
 *
 * @param name the section key, e.g. {@code produce}
 * @param items the section's items, in order
 */
public record VerificationSection(String name, List<VerificationItem> items) {
  public VerificationSection {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("section names are lower-case identifiers: " + name);
    }
    items = List.copyOf(items);
  }

  public String nameYaml() {
    return name;
  }
}
