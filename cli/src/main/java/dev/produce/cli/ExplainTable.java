package dev.produce.cli;

import dev.produce.model.Derivation;
import java.util.List;

/**
 * {@code --explain}: every computed value of a profile as an aligned three-column table (key, value,
 * derivation), in the order the model computed them. A value wider than {@link #MAX_VALUE_WIDTH}
 * (e.g. nginx's list of gzip types) does not widen the column for everyone: its derivation continues
 * on the next line, aligned with the others.
 */
final class ExplainTable {
  static final int MAX_VALUE_WIDTH = 24;
  private static final String GAP = "  ";

  private ExplainTable() {}

  /** The table, header first, one line per derivation (two for an over-wide value), each ending in a newline. */
  static String format(List<Derivation> derivations) {
    int keyWidth = "key".length();
    int valueWidth = "value".length();
    for (Derivation d : derivations) {
      keyWidth = Math.max(keyWidth, d.key().length());
      if (d.value().length() <= MAX_VALUE_WIDTH) {
        valueWidth = Math.max(valueWidth, d.value().length());
      }
    }
    StringBuilder table = new StringBuilder();
    row(table, keyWidth, valueWidth, "key", "value", "derivation");
    for (Derivation d : derivations) {
      row(table, keyWidth, valueWidth, d.key(), d.value(), d.derivation());
    }
    return table.toString();
  }

  private static void row(StringBuilder table, int keyWidth, int valueWidth, String key, String value, String why) {
    table.append(pad(key, keyWidth)).append(GAP);
    if (value.length() > valueWidth) {
      table.append(value).append('\n').append(" ".repeat(keyWidth + GAP.length() + valueWidth));
    } else {
      table.append(pad(value, valueWidth));
    }
    table.append(GAP).append(why).append('\n');
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
