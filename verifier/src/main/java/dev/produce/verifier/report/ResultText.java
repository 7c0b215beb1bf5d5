package dev.produce.verifier.report;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Status;

/** Wording shared by the text reports: symbols, titles, the evidence block of a failure. */
final class ResultText {

  /** Characters of a command shown on a one-line summary. */
  private static final int COMMAND_CHARS = 100;

  private ResultText() {}

  /**
   * {@code text} safe for a terminal: control characters other than line breaks and tabs (such
   * as the ESC of colour codes in a command's output) become U+FFFD.
   */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        out.append('\uFFFD');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  static String symbol(Status status) {
    return switch (status) {
      case PASSED -> "✓";
      case FAILED -> "✗";
      case ERROR -> "!";
      case MANUAL -> "?";
      case SKIPPED -> "-";
    };
  }

  /** The section as reports name it: offline results of spec sections are marked. */
  static String suite(CheckResult result) {
    boolean offlineCheck = result.phase() == Phase.OFFLINE
        && !result.section().equals(CheckResult.BUILT_IN_SECTION);
    return result.section() + (offlineCheck ? " (offline)" : "");
  }

  /** A command on one line, cut to a readable length. */
  static String command(String cmd) {
    String flat = cmd.strip().replaceAll("\\s*\\R\\s*", " ⏎ ");
    return flat.length() > COMMAND_CHARS ? flat.substring(0, COMMAND_CHARS) + "…" : flat;
  }

  /** {@code 0.42s}, {@code 2.31s, passed after 3 attempts}. */
  static String timing(CheckResult result) {
    String note = result.attemptsNote();
    return DurationText.human(result.duration()) + (note.isEmpty() ? "" : ", " + note);
  }

  /**
   * The evidence of a failed or errored result, one labelled block per line group: command,
   * expected, actual, why, stdout and stderr tails; each line prefixed by {@code indent}.
   */
  static String evidence(CheckResult result, String indent) {
    StringBuilder out = new StringBuilder();
    field(out, indent, "command:  ", result.cmd());
    field(out, indent, "expected: ", result.expected());
    field(out, indent, "actual:   ", result.actual());
    field(out, indent, "why:      ", result.message());
    if (result.attempts() > 1) {
      field(out, indent, "attempts: ", String.valueOf(result.attempts()));
    }
    block(out, indent, "stdout (last lines):", result.stdoutTail());
    block(out, indent, "stderr (last lines):", result.stderrTail());
    return out.toString();
  }

  private static void field(StringBuilder out, String indent, String label, String value) {
    if (value.isEmpty()) {
      return;
    }
    String continuation = "\n" + indent + " ".repeat(label.length());
    out.append(indent).append(label).append(value.replace("\n", continuation)).append('\n');
  }

  private static void block(StringBuilder out, String indent, String label, String tail) {
    if (tail.isEmpty()) {
      return;
    }
    out.append(indent).append(label).append('\n');
    tail.lines().forEach(line -> out.append(indent).append("  | ").append(line).append('\n'));
  }
}
