package dev.produce.cli.convert;

import dev.produce.model.Excerpt;
import dev.produce.model.InvalidInputException;
import dev.produce.format.verification.Level;
import picocli.CommandLine.ITypeConverter;

/** Converts {@code --level} values with {@link Level#parse}: {@code quick|thorough}. */
public final class LevelConverter implements ITypeConverter<Level> {
  static final String OPTION = "--level";

  @Override
  public Level convert(String text) {
    String value = text == null ? "" : text.trim();
    return Level.parse(value).orElseThrow(() -> new InvalidInputException(OPTION,
        "must be one of " + String.join("|", Level.names().split(", ")) + ", was '" + Excerpt.of(text) + "'"));
  }
}
