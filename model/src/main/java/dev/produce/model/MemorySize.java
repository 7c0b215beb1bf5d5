package dev.produce.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses memory sizes given on the command line: plain megabytes or with an M/G/T suffix. */
public final class MemorySize {
  private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*([mgt]i?b?)?");

  private MemorySize() {}

  /**
   * Parses {@code 4096}, {@code 4096M}, {@code 4G}, {@code 4GB}, {@code 1T} (binary units) into
   * megabytes. Ranges are checked by {@link Inputs}, not here.
   *
   * @param option the option being parsed, named in the error message
   */
  public static long parseMegabytes(String option, String text) {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    Matcher m = FORM.matcher(value);
    if (!m.matches()) {
      throw new InvalidInputException(
          option, "must be a whole number of megabytes, optionally with suffix M, G or T (e.g. 4096 or 4G), was '"
              + Excerpt.of(text) + "'");
    }
    long number = Long.parseLong(m.group(1));
    String suffix = m.group(2) == null ? "m" : m.group(2).substring(0, 1);
    return switch (suffix) {
      case "g" -> number * 1024L;
      case "t" -> number * 1024L * 1024L;
      default -> number;
    };
  }
}
