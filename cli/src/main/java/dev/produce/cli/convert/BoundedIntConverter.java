package dev.produce.cli.convert;

import dev.produce.model.Excerpt;
import dev.produce.model.InvalidInputException;
import java.math.BigInteger;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * Converts a whole-number option within a range. Unlike picocli's own {@code int} converter it names
 * the option and the range, and it reports numbers of any length (e.g. {@code 99999999999}) as out
 * of range instead of failing to parse them. The bounds are the model's, so the messages read like
 * {@link dev.produce.model.Inputs}' own: {@code --cpus: must be between 1 and 256, was 100000}.
 */
public abstract class BoundedIntConverter implements ITypeConverter<Integer> {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d+");

  private final String option;
  private final int min;
  private final int max;
  private final String unit;

  /**
   * @param option the option, named in error messages
   * @param unit appended to the range in messages, e.g. {@code " MB"}; empty for none
   */
  protected BoundedIntConverter(String option, int min, int max, String unit) {
    this.option = option;
    this.min = min;
    this.max = max;
    this.unit = unit;
  }

  @Override
  public Integer convert(String text) {
    String value = text == null ? "" : text.trim();
    if (!WHOLE_NUMBER.matcher(value).matches()) {
      throw new InvalidInputException(
          option, "must be a whole number between " + min + " and " + max + unit + ", was '" + Excerpt.of(text) + "'");
    }
    BigInteger number = new BigInteger(value);
    if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new InvalidInputException(option, "must be between " + min + " and " + max + unit + ", was " + Excerpt.of(number.toString()));
    }
    return number.intValueExact();
  }
}
