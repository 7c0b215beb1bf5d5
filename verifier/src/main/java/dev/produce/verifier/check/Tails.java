package dev.produce.verifier.check;

/** The end of a command's output, as kept in results: the last lines, bounded in size. */
public final class Tails {

  /** Lines a tail keeps. */
  public static final int MAX_LINES = 20;
  /** Characters a tail keeps at most. */
  public static final int MAX_CHARS = 4000;
  /** First line of a tail that left earlier output out. */
  public static final String CUT_MARKER = "[…]";

  private Tails() {}

  /** The last {@link #MAX_LINES} lines of {@code text} (at most {@link #MAX_CHARS} characters). */
  public static String of(String text) {
    String trimmed = text.stripTrailing();
    if (trimmed.isEmpty()) {
      return "";
    }
    int start = trimmed.length();
    for (int lines = 0; lines < MAX_LINES && start > 0; lines++) {
      start = trimmed.lastIndexOf('\n', start - 1);
      if (start < 0) {
        start = 0;
        break;
      }
    }
    start = Math.max(start, trimmed.length() - MAX_CHARS);
    if (start <= 0) {
      return trimmed;
    }
    String tail = trimmed.substring(start);
    return CUT_MARKER + (tail.startsWith("\n") ? "" : "\n") + tail;
  }

  /** {@code text} on one line, quoted and cut to {@code max} characters: {@code "LOADING\n…"}. */
  public static String oneLine(String text, int max) {
    String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r")
        .replace("\n", "\\n").replace("\t", "\\t");
    return "\"" + (escaped.length() > max ? escaped.substring(0, max) + "…" : escaped) + "\"";
  }
}
