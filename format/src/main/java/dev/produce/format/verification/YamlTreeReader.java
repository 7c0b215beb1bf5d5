package dev.produce.format.verification;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.produce.model.Excerpt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming {@link YAMLParser},
 * keeping each node's token location ({@link JsonParser#currentTokenLocation()}).
 *
 * <p>Problems that YAML itself lets through are reported here, all of them rather than the
 * first: duplicate keys (both lines named), aliases ({@code *name}), local tags (an unquoted
 * {@code !negated} value), a second document. Malformed
 * YAML stops the reading; its error carries SnakeYAML's problem position.
 */
final class YamlTreeReader {

  /**
   * Deepest nesting of mappings and lists read: a {@code .verification.yml} nests about 9 deep
   * (section, item, machine, checks, level, commands, command, retry). Jackson enforces it
   * ({@link StreamReadConstraints#getMaxNestingDepth()}, 1000 by default) before this reader recurses.
   */
  static final int MAX_NESTING_DEPTH = 64;

  /**
   * Plain empty values ({@code key:}) become null; quoted {@code ""} stays an empty string. SnakeYAML
   * stops at {@link SpecLoader#MAX_BYTES} code points ({@link LoaderOptions#setCodePointLimit}, 3 MB
   * by default), which {@link SpecLoader} already enforces on the text before parsing.
   */
  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
      .loaderOptions(loaderOptions())
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
      .build();

  /**
   * What was read.
   *
   * @param root     the document's root node, if the document has one
   * @param complete false when malformed YAML stopped the reading (the tree is partial)
   * @param errors   the problems found, in file order
   */
  record Result(Optional<YamlNode> root, boolean complete, List<LintError> errors) {
    Result {
      errors = List.copyOf(errors);
    }
  }

  /** Prefix of YAML's own tags ({@code !!str} and friends). */
  private static final String STANDARD_TAG_PREFIX = "tag:yaml.org,2002:";

  private final String source;
  private final List<LintError> errors = new ArrayList<>();
  private String currentPath = "";

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(SpecLoader.MAX_BYTES);
    return options;
  }

  private YamlTreeReader(String source) {
    this.source = source;
  }

  /** Reads {@code content}; {@code source} names it in errors. */
  static Result read(String content, String source) {
    return new YamlTreeReader(source).readDocument(content);
  }

  private Result readDocument(String content) {
    try (JsonParser parser = FACTORY.createParser(content)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Result(Optional.empty(), true, errors);
      }
      YamlNode root = readNode(parser, first, "");
      if (parser.nextToken() != null) {
        error(parser.currentTokenLocation(), "",
            "a second YAML document (after ---) is not supported: keep all sections in one document");
      }
      return new Result(Optional.of(root), true, errors);
    } catch (JsonProcessingException e) {
      errors.add(malformed(e));
      return new Result(Optional.empty(), false, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private YamlNode readNode(JsonParser parser, JsonToken token, String path) throws IOException {
    currentPath = path;
    JsonLocation at = parser.currentTokenLocation();
    int line = line(at);
    int column = column(at);
    rejectLocalTag(parser, path);
    return switch (token) {
      case START_OBJECT -> readMapping(parser, path, line, column);
      case START_ARRAY -> readSequence(parser, path, line, column);
      default -> readScalar(parser, token, path, line, column);
    };
  }

  private YamlMapping readMapping(JsonParser parser, String path, int line, int column)
      throws IOException {
    List<YamlEntry> entries = new ArrayList<>();
    Map<String, Integer> firstLines = new HashMap<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      String key = parser.currentName();
      JsonLocation keyAt = parser.currentTokenLocation();
      String keyPath = YamlPaths.key(path, key);
      YamlNode value = readNode(parser, parser.nextToken(), keyPath);
      Integer firstLine = firstLines.putIfAbsent(key, line(keyAt));
      if (firstLine != null) {
        error(keyAt, keyPath, "duplicate key '" + Excerpt.of(key) + "' (first at line " + firstLine
            + "): YAML keeps only one of them; remove or merge the other");
      } else {
        entries.add(new YamlEntry(key, line(keyAt), column(keyAt), value));
      }
    }
    return new YamlMapping(path, line, column, entries);
  }

  private YamlSequence readSequence(JsonParser parser, String path, int line, int column)
      throws IOException {
    List<YamlNode> items = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      items.add(readNode(parser, token, YamlPaths.index(path, items.size())));
    }
    return new YamlSequence(path, line, column, items);
  }

  private YamlScalar readScalar(JsonParser parser, JsonToken token, String path, int line, int column)
      throws IOException {
    String text = parser.getText() == null ? "" : parser.getText();
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      error(parser.currentTokenLocation(), path,
          "YAML aliases (*" + Excerpt.of(text) + ") are not supported: write the value out");
    }
    YamlScalar.Type type = switch (token) {
      case VALUE_NUMBER_INT -> YamlScalar.Type.INTEGER;
      case VALUE_NUMBER_FLOAT -> YamlScalar.Type.FLOAT;
      case VALUE_TRUE, VALUE_FALSE -> YamlScalar.Type.BOOLEAN;
      case VALUE_NULL -> YamlScalar.Type.NULL;
      default -> YamlScalar.Type.STRING;
    };
    return new YamlScalar(path, line, column, type, type == YamlScalar.Type.NULL ? "" : text);
  }

  /**
   * A local tag ({@code !error} unquoted) would silently turn the value into something else: a
   * negated matcher written without quotes becomes an empty string. Standard tags ({@code !!str})
   * are fine.
   */
  private void rejectLocalTag(JsonParser parser, String path) throws IOException {
    Object typeId = parser.getTypeId();
    String tag = typeId == null ? null : typeId.toString();
    if (tag != null && !tag.startsWith(STANDARD_TAG_PREFIX)) {
      error(parser.currentTokenLocation(), path, "YAML tag '!" + Excerpt.of(tag) + "' is not supported: a value"
          + " starting with ! must be quoted, e.g. \"!" + Excerpt.of(tag.replaceAll("[,\\]}]+$", "")) + "\"");
    }
  }

  private LintError malformed(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      JsonLocation at = e.getLocation();
      return new LintError(source, at == null ? 1 : line(at), at == null ? 1 : column(at), currentPath,
          "malformed YAML: nested deeper than " + MAX_NESTING_DEPTH + " levels (a .verification.yml nests about 9)");
    }
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
      return new LintError(source, mark.getLine() + 1, mark.getColumn() + 1, currentPath,
          "malformed YAML: " + context + marked.getProblem());
    }
    JsonLocation at = e.getLocation();
    return new LintError(source, at == null ? 1 : line(at), at == null ? 1 : column(at), currentPath,
        "malformed YAML: " + e.getOriginalMessage());
  }

  private void error(JsonLocation at, String path, String message) {
    errors.add(new LintError(source, line(at), column(at), path, message));
  }

  private static int line(JsonLocation at) {
    return Math.max(1, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return Math.max(1, at.getColumnNr());
  }
}
