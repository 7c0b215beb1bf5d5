package dev.produce.format.verification;

import dev.produce.model.Excerpt;
import java.util.Objects;

/**
 * A YAML scalar with the type YAML gives it and its text as written (after unquoting).
 *
 * @param type what YAML resolved the scalar to
 * @param text the scalar's text; {@code 0x1F} stays {@code 0x1F}, {@code yes} stays {@code yes}
 */
record YamlScalar(String path, int line, int column, Type type, String text) implements YamlNode {

  /** The type YAML resolves a scalar to. */
  enum Type {
    STRING, INTEGER, FLOAT, BOOLEAN, NULL
  }

  YamlScalar {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String describe() {
    return switch (type) {
      case STRING -> "the text \"" + Excerpt.of(text) + "\"";
      case INTEGER, FLOAT -> "the number " + Excerpt.of(text);
      case BOOLEAN -> "the boolean " + text;
      case NULL -> "nothing (null)";
    };
  }
}
