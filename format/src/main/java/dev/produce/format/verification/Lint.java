package dev.produce.format.verification;

import dev.produce.model.Excerpt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Collects the {@link LintError}s of one file while it is bound, and holds the small typed
 * reads the binders share: each returns empty after recording why.
 */
final class Lint {

  private final String source;
  private final List<LintError> errors = new ArrayList<>();

  Lint(String source, List<LintError> initial) {
    this.source = source;
    errors.addAll(initial);
  }

  /** Every error so far, by position in the file. */
  List<LintError> errors() {
    return errors.stream()
        .sorted(Comparator.comparingInt(LintError::line).thenComparingInt(LintError::column))
        .toList();
  }

  int count() {
    return errors.size();
  }

  void at(YamlNode node, String message) {
    errors.add(new LintError(source, node.line(), node.column(), node.path(), message));
  }

  void at(int line, int column, String path, String message) {
    errors.add(new LintError(source, line, column, path, message));
  }

  void atKey(YamlEntry entry, String path, String message) {
    errors.add(new LintError(source, entry.line(), entry.column(), path, message));
  }

  /** Records every key of {@code mapping} not in {@code allowed}, with a suggestion when close. */
  void unknownKeys(YamlMapping mapping, List<String> allowed) {
    for (YamlEntry entry : mapping.entries()) {
      if (!allowed.contains(entry.key())) {
        atKey(entry, YamlPaths.key(mapping.path(), entry.key()), "unknown key '" + Excerpt.of(entry.key()) + "'"
            + suggestion(entry.key(), allowed) + "; allowed here: " + String.join(", ", allowed));
      }
    }
  }

  Optional<YamlMapping> mapping(YamlNode node, String expected) {
    if (node instanceof YamlMapping mapping) {
      return Optional.of(mapping);
    }
    at(node, "expected " + expected + ", found " + node.describe());
    return Optional.empty();
  }

  Optional<YamlSequence> nonEmptySequence(YamlNode node, String expected) {
    if (node instanceof YamlSequence sequence) {
      if (sequence.items().isEmpty()) {
        at(node, "empty list: expected " + expected);
        return Optional.empty();
      }
      return Optional.of(sequence);
    }
    at(node, "expected a list of " + expected + ", found " + node.describe());
    return Optional.empty();
  }

  /** A quoted or plain string scalar that is not blank. */
  Optional<String> nonBlankString(YamlNode node, String expected) {
    if (node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING) {
      if (scalar.text().isBlank()) {
        at(node, "is empty: expected " + expected);
        return Optional.empty();
      }
      return Optional.of(scalar.text());
    }
    at(node, "expected " + expected + ", found " + node.describe());
    return Optional.empty();
  }

  Optional<Boolean> bool(YamlNode node) {
    if (node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(scalar.text().toLowerCase(Locale.ROOT))
          || List.of("yes", "on", "y").contains(scalar.text().toLowerCase(Locale.ROOT)));
    }
    at(node, "expected true or false, found " + node.describe());
    return Optional.empty();
  }

  private static String suggestion(String key, List<String> allowed) {
    String lower = key.toLowerCase(Locale.ROOT).replace('-', '_');
    return allowed.stream()
        .filter(candidate -> candidate.equals(lower) || distance(lower, candidate) <= 2)
        .findFirst()
        .map(candidate -> " (did you mean '" + candidate + "'?)")
        .orElse("");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
