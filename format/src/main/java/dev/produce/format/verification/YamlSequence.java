package dev.produce.format.verification;

import java.util.List;

/** A YAML sequence (block {@code - x} or flow {@code [x, y]}). */
record YamlSequence(String path, int line, int column, List<YamlNode> items) implements YamlNode {

  YamlSequence {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
