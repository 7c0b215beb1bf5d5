package dev.produce.cli.convert;

import dev.produce.model.Excerpt;
import dev.produce.model.Inputs;
import dev.produce.model.InvalidInputException;
import dev.produce.model.MemorySize;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * Converts {@code --memory} values ({@code 4096}, {@code 4096M}, {@code 4G}, {@code 1T}) to megabytes
 * with {@link MemorySize#parseMegabytes}. The range is checked by {@link Inputs}, except for numbers
 * too long to parse at all, which are reported as out of range rather than as malformed.
 */
public final class MemoryConverter implements ITypeConverter<Long> {
  static final String OPTION = "--memory";
  private static final Pattern TOO_MANY_DIGITS = Pattern.compile("\\d{10,}\\s*([mgtMGT][iI]?[bB]?)?");

  @Override
  public Long convert(String text) {
    try {
      return MemorySize.parseMegabytes(OPTION, text);
    } catch (InvalidInputException e) {
      if (text != null && TOO_MANY_DIGITS.matcher(text.trim()).matches()) {
        throw new InvalidInputException(OPTION, "must be between " + Inputs.MIN_MEMORY_MB + " and "
            + Inputs.MAX_MEMORY_MB + " MB (512M … 1T), was " + Excerpt.of(text.trim()));
      }
      throw e;
    }
  }
}
