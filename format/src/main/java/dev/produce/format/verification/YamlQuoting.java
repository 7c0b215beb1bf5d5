package dev.produce.format.verification;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes strings as YAML scalars that read back as exactly the same string: plain when that is
 * unambiguous (so that the original design's commands appear as it wrote them), single-quoted
 * otherwise. Never a bare value that YAML would read as a number, boolean or null.
 */
public final class YamlQuoting {
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  /** What YAML 1.1 or 1.2 would read as null, a boolean, a number or a date instead of a string. */
  private static final Pattern SPECIAL = Pattern.compile("~|null|true|false|yes|no|y|n|on|off"
      + "|[-+]?[0-9_]*\\.?[0-9_]*([e][-+]?[0-9]+)?" // integers and floats, also "1_000", ".5", "1e3"
      + "|[-+]?0x[0-9a-f_]+|[-+]?0o?[0-7_]+|[-+]?0b[01_]+" // hex, octal, binary
      + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?" // YAML 1.1 sexagesimal, e.g. 1:20
      + "|[-+]?\\.(inf|nan)"
      + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*"); // timestamps

  private YamlQuoting() {}

  /** {@code value} as a scalar in block context (a mapping value). */
  public static String quote(String value) {
    return plainInBlock(value) ? value : singleQuoted(value);
  }

  /** {@code value} as a scalar inside a flow collection ({@code [a, b]}, {@code {k: v}}). */
  public static String quoteInFlow(String value) {
    return plainInBlock(value) && value.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0) ? value : singleQuoted(value);
  }

  /** {@code 'value'}, with {@code '} doubled, the only escape single-quoted scalars have. */
  public static String singleQuoted(String value) {
    requireOneLine(value);
    return "'" + value.replace("'", "''") + "'";
  }

  private static boolean plainInBlock(String value) {
    requireOneLine(value);
    return !value.isEmpty()
        && INDICATORS.indexOf(value.charAt(0)) < 0
        && !Character.isWhitespace(value.charAt(0))
        && !Character.isWhitespace(value.charAt(value.length() - 1))
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.contains("\t")
        && !value.endsWith(":")
        && !SPECIAL.matcher(value.toLowerCase(Locale.ROOT)).matches();
  }

  private static void requireOneLine(String value) {
    if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
      throw new IllegalArgumentException("YAML scalars here are one line of printable text: " + value);
    }
  }
}
