package dev.produce.cli.convert;

import dev.produce.model.Excerpt;
import dev.produce.model.InvalidInputException;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * {@code --capacity}: stock's capacity in visits per second, decimals allowed ({@code 8}, {@code 7.5}).
 * The range is checked by {@link dev.produce.loadtest.LoadTestSettings}.
 */
public final class CapacityConverter implements ITypeConverter<Double> {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?");

  @Override
  public Double convert(String text) {
    String value = text == null ? "" : text.trim();
    if (!NUMBER.matcher(value).matches()) {
      throw new InvalidInputException("--capacity", "must be visits per second between 0.1 and 10000, was '"
          + Excerpt.of(text) + "'");
    }
    return Double.parseDouble(value);
  }
}
