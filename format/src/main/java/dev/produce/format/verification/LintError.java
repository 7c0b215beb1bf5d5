package dev.produce.format.verification;

import dev.produce.model.Excerpt;
import java.util.Objects;

/**
 * One problem of a {@code .verification.yml}, where it is and what is wrong.
 *
 * @param source  the file, as given to the loader
 * @param line    1-based line
 * @param column  1-based column
 * @param path    YAML path of the offending node, e.g. {@code produce[0].machine.automatable};
 *                empty for the document itself; a path longer than {@value #MAX_PATH_CHARS}
 *                characters (a long key) is kept as an {@link Excerpt}
 * @param message what is wrong and, where possible, what is accepted
 */
public record LintError(String source, int line, int column, String path, String message) {

  /** The longest path an error shows whole. */
  public static final int MAX_PATH_CHARS = 200;

  public LintError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    path = path.length() > MAX_PATH_CHARS ? Excerpt.of(path, MAX_PATH_CHARS) : path;
  }

  /** {@code .verification.yml:12:15: produce[0].machine.automatable: must be true or false}. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
