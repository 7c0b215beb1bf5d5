package dev.produce.model;

/**
 * What an error message may quote of a value the user gave: at most {@value #MAX_CHARS}
 * characters, then {@code … (N characters)}, on one line. A 5,000-character {@code --site-root}
 * or a 10 MB YAML scalar is shown as its first {@value #MAX_CHARS} characters and its length, so the
 * message keeps room for what is accepted.
 *
 * <pre>{@code
 * throw new InvalidInputException("--php", "must be one of 8.1|8.2|8.3|8.4, was '" + Excerpt.of(text) + "'");
 * }</pre>
 *
 * <p>Line breaks, tabs and other control characters are written as escapes ({@code \n},
 * {@code \t}, {@code \u001b}), so a quoted value can neither break the one-line message nor
 * drive the terminal.
 */
public final class Excerpt {
  /** The most characters of a value a message quotes. */
  public static final int MAX_CHARS = 80;

  private Excerpt() {}

  /** {@code text} itself when short, else its first {@value #MAX_CHARS} characters and its length. */
  public static String of(String text) {
    return of(text, MAX_CHARS);
  }

  /** {@code text} itself when at most {@code maxChars} long, else its first {@code maxChars} and its length. */
  public static String of(String text, int maxChars) {
    if (text == null) {
      return "null";
    }
    if (text.length() <= maxChars) {
      return escaped(text);
    }
    int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    return escaped(text.substring(0, end)) + "… (" + text.length() + " characters)";
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
