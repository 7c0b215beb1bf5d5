package dev.produce.format.verification;

import dev.produce.model.Excerpt;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One entry of {@code expect_stdout} or {@code expect_stderr}, as written:
 *
 * <ul>
 *   <li>{@code PONG} — the output contains {@code PONG};
 *   <li>{@code /^PONG$/} — a regular expression found in the output (Java syntax, {@code ^}
 *       and {@code $} match at line boundaries);
 *   <li>{@code ""} — the output is empty (nothing but whitespace);
 *   <li>a leading {@code !} negates any of them: {@code !error}, {@code !/^warn/},
 *       {@code "!"} (the output is not empty).
 * </ul>
 *
 * @param kind    how {@link #text} is compared
 * @param negated whether the comparison must fail
 * @param text    the substring or the regular expression (without slashes); empty for {@link
 *                Kind#EMPTY}
 * @param written the entry exactly as the file has it
 */
public record OutputExpectation(Kind kind, boolean negated, String text, String written) {

  /** How an expectation compares. */
  public enum Kind {
    /** The output contains the text. */
    CONTAINS,
    /** The regular expression is found in the output. */
    REGEX,
    /** The output is empty or whitespace only. */
    EMPTY
  }

  /** Flags every {@link Kind#REGEX} is compiled with. */
  public static final int REGEX_FLAGS = Pattern.MULTILINE;

  public OutputExpectation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(written, "written");
  }

  /**
   * Parses one written entry.
   *
   * @throws IllegalArgumentException when a {@code /regex/} does not compile; the message says
   *     why
   */
  public static OutputExpectation parse(String written) {
    boolean negated = written.startsWith("!");
    String body = negated ? written.substring(1) : written;
    if (body.isEmpty()) {
      return new OutputExpectation(Kind.EMPTY, negated, "", written);
    }
    if (body.length() >= 2 && body.startsWith("/") && body.endsWith("/")) {
      String regex = body.substring(1, body.length() - 1);
      try {
        Pattern.compile(regex, REGEX_FLAGS);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("bad regular expression /" + Excerpt.of(regex) + "/: "
            + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""), e);
      }
      return new OutputExpectation(Kind.REGEX, negated, regex, written);
    }
    return new OutputExpectation(Kind.CONTAINS, negated, body, written);
  }

  /** What the expectation requires, e.g. {@code contains "PONG"}, {@code does not match /x/}. */
  public String describe() {
    return switch (kind) {
      case CONTAINS -> (negated ? "does not contain " : "contains ") + quote(text);
      case REGEX -> (negated ? "does not match /" : "matches /") + text + "/";
      case EMPTY -> negated ? "is not empty" : "is empty";
    };
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
