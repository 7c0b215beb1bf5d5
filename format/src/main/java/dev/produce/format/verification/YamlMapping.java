package dev.produce.format.verification;

import java.util.List;
import java.util.Optional;

/** A YAML mapping; keys are unique (duplicates are lint errors, the first one is kept). */
record YamlMapping(String path, int line, int column, List<YamlEntry> entries) implements YamlNode {

  YamlMapping {
    entries = List.copyOf(entries);
  }

  /** The entry with key {@code key}, if any. */
  Optional<YamlEntry> entry(String key) {
    return entries.stream().filter(entry -> entry.key().equals(key)).findFirst();
  }

  /** The value at {@code key}, if any. */
  Optional<YamlNode> get(String key) {
    return entry(key).map(YamlEntry::value);
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
