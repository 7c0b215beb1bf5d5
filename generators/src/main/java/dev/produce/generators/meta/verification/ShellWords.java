package dev.produce.generators.meta.verification;

import java.util.regex.Pattern;

/** Quoting for the pieces of generated shell commands and the regexes they are matched with. */
final class ShellWords {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._/:=@%+-]+");

  private ShellWords() {}

  /** {@code word} as one shell word: bare when it has no special characters, single-quoted otherwise. */
  static String quote(String word) {
    return SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /** {@code text} as a regex (ERE and Java alike) that matches exactly that text. */
  static String literalRegex(String text) {
    return text.replaceAll("[\\\\.\\[(){*+?^$|]", "\\\\$0");
  }

  /** A {@code /regex/} expectation that stdout is exactly {@code line} (one line, trailing newline allowed). */
  static String exactLine(String line) {
    return "/^" + literalRegex(line) + "$/";
  }
}
