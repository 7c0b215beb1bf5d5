package dev.produce.verifier.report;

/** Escaping for XML 1.0 text and attributes; characters XML cannot hold become U+FFFD. */
final class XmlText {

  private XmlText() {}

  /** {@code text} as element content. */
  static String text(String text) {
    return escape(text, false);
  }

  /** {@code text} as a double-quoted attribute value (line breaks kept as character references). */
  static String attribute(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          if (allowed(c)) {
            out.appendCodePoint(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    });
    return out.toString();
  }

  private static boolean allowed(int c) {
    return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
