package dev.produce.cli.convert;

import dev.produce.model.Excerpt;
import dev.produce.model.InvalidInputException;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * {@code --gate-ttfb-reduction}: a percentage from 0 to 100, decimals allowed, a trailing {@code %}
 * too ({@code 50}, {@code 12.5%}).
 */
public final class PercentConverter implements ITypeConverter<Double> {
  static final String OPTION = "--gate-ttfb-reduction";
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}(\\.\\d{1,6})?");

  @Override
  public Double convert(String text) {
    String value = text == null ? "" : text.trim();
    if (value.endsWith("%")) {
      value = value.substring(0, value.length() - 1).trim();
    }
    if (!NUMBER.matcher(value).matches()) {
      throw new InvalidInputException(OPTION, "must be a percentage between 0 and 100, was '" + Excerpt.of(text) + "'");
    }
    double percent = Double.parseDouble(value);
    if (percent < 0 || percent > 100) {
      throw new InvalidInputException(OPTION, "must be a percentage between 0 and 100, was " + Excerpt.of(value));
    }
    return percent;
  }
}
