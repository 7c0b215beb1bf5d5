package dev.produce.format.verification;

import java.util.regex.Pattern;

/** Builds YAML paths like {@code produce[0].machine.checks["my level"]}. */
final class YamlPaths {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private YamlPaths() {}

  /** The path of {@code key} inside the mapping at {@code parent}. */
  static String key(String parent, String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      return parent.isEmpty() ? key : parent + "." + key;
    }
    return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** The path of item {@code index} of the sequence at {@code parent}. */
  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
