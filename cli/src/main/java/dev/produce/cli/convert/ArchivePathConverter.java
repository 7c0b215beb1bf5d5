package dev.produce.cli.convert;

import dev.produce.model.Excerpt;
import dev.produce.model.InvalidInputException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** Converts {@code --archive}: a file name ending in {@code .tar.gz} or {@code .tgz}. Touches no file. */
public final class ArchivePathConverter implements ITypeConverter<Path> {
  static final String OPTION = "--archive";

  @Override
  public Path convert(String text) {
    String value = text == null ? "" : text.trim();
    Path path;
    try {
      path = Path.of(value);
    } catch (InvalidPathException e) {
      throw new InvalidInputException(OPTION, "must be a file name ending in .tar.gz or .tgz, was '" + Excerpt.of(text) + "'");
    }
    Path name = path.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    boolean archiveName = (lower.endsWith(".tar.gz") && lower.length() > ".tar.gz".length())
        || (lower.endsWith(".tgz") && lower.length() > ".tgz".length());
    if (!archiveName || value.endsWith("/")) {
      throw new InvalidInputException(OPTION, "must be a file name ending in .tar.gz or .tgz, was '" + Excerpt.of(text) + "'");
    }
    return path;
  }
}
