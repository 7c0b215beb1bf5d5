package dev.produce.format.verification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads and lints a {@code .verification.yml}. Nothing is run: this is what
 * {@code produce-verify} does before it starts any container, and a file with problems
 * yields all of them at once, each with its YAML path, line and column.
 *
 * <pre>{@code
 * SpecLoadResult loaded = SpecLoader.load(bundle.resolve(".verification.yml"));
 * if (!loaded.isValid()) {
 *   loaded.errors().forEach(System.err::println);   // exit 2
 * }
 * VerificationSpec spec = loaded.orThrow();
 * }</pre>
 *
 * <p>Accepted: the original design's form (sections → items with {@code text} and
 * {@code machine.automatable}, {@code machine.checks.<level>.commands[]} with {@code cmd} and
 * {@code expect_exit}) unchanged, a file whose root is a list of items (one section, named
 * after the file), and the extensions {@code expect_exit} lists, {@code expect_stdout},
 * {@code expect_stderr}, {@code timeout}, {@code retry} and {@code manual}.
 *
 * <p>A file larger than {@link #MAX_BYTES} (1 MiB) is refused before it is read, with one error
 * naming its size and the limit: a bundle's own file is a few KB, and parsing a 10 MB one-line
 * file took the YAML parser half a minute. Errors quote values as short excerpts.
 */
public final class SpecLoader {

  /** The largest file accepted, in bytes: 1 MiB. A bundle's own {@code .verification.yml} is a few KB. */
  public static final int MAX_BYTES = 1 << 20;
  /**
   * The longest line accepted, in characters. SnakeYAML's reading of one token (a plain scalar, a
   * comment) grows quadratically with the length of its line; lines of this length cost milliseconds.
   */
  public static final int MAX_LINE_CHARS = 16 * 1024;

  private SpecLoader() {}

  /** Loads {@code file}; errors name it as given. A file over {@link #MAX_BYTES} is not read. */
  public static SpecLoadResult load(Path file) throws IOException {
    String source = file.toString();
    Optional<String> tooLarge = sizeProblem(file);
    if (tooLarge.isPresent()) {
      return refused(source, "the file " + tooLarge.get());
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      return refused(source, tooLarge("more than " + MAX_BYTES));
    }
    try {
      String content = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return load(content, source);
    } catch (CharacterCodingException e) {
      return refused(source, "not UTF-8 text: save the file as UTF-8");
    }
  }

  /**
   * Why {@code file} is too large to load, if it is, to follow its name: {@code is 52428800 bytes; a
   * .verification.yml may be at most 1048576 bytes (1 MiB)}. Reads only the file's size.
   */
  public static Optional<String> sizeProblem(Path file) throws IOException {
    long size = Files.size(file);
    return size > MAX_BYTES ? Optional.of(sizeProblem(Long.toString(size))) : Optional.empty();
  }

  private static String sizeProblem(String size) {
    return "is " + size + " bytes; a .verification.yml may be at most " + MAX_BYTES + " bytes (1 MiB)";
  }

  private static String tooLarge(String size) {
    return "the file " + sizeProblem(size);
  }

  private static SpecLoadResult refused(String source, String message) {
    return new SpecLoadResult(Optional.empty(), List.of(new LintError(source, 1, 1, "", message)));
  }

  /** Loads {@code content}; {@code source} names it in errors (e.g. its file name). */
  public static SpecLoadResult load(String content, String source) {
    long bytes = content.length() > MAX_BYTES / 3 ? utf8Length(content) : content.length();
    if (bytes > MAX_BYTES) {
      return refused(source, tooLarge(Long.toString(bytes)));
    }
    Optional<LintError> longLine = longLine(content, source);
    if (longLine.isPresent()) {
      return new SpecLoadResult(Optional.empty(), List.of(longLine.get()));
    }
    YamlTreeReader.Result tree = YamlTreeReader.read(content, source);
    Lint lint = new Lint(source, tree.errors());
    if (!tree.complete()) {
      return new SpecLoadResult(Optional.empty(), lint.errors());
    }
    VerificationSpec spec = new SpecBinder(lint).bind(tree.root(), source, rootSectionName(source));
    if (lint.count() > 0) {
      return new SpecLoadResult(Optional.empty(), lint.errors());
    }
    return new SpecLoadResult(Optional.of(spec), lint.errors());
  }

  /** The first line longer than {@link #MAX_LINE_CHARS}, as an error at its start. */
  private static Optional<LintError> longLine(String content, String source) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= content.length(); i++) {
      if (i == content.length() || content.charAt(i) == '\n') {
        if (i - start > MAX_LINE_CHARS) {
          return Optional.of(new LintError(source, line, 1, "", "line " + line + " is " + (i - start)
              + " characters; a line may be at most " + MAX_LINE_CHARS + " (write a long value as a YAML block"
              + " scalar, | or >, over several lines)"));
        }
        line++;
        start = i + 1;
      }
    }
    return Optional.empty();
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  /**
   * Name of the section a root list of items forms: the file name without directories,
   * leading dots and extension ({@code .verification.yml} → {@code verification}).
   */
  static String rootSectionName(String source) {
    String name = source.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceFirst("^\\.+", "");
    int dot = name.indexOf('.');
    name = dot > 0 ? name.substring(0, dot) : name;
    return name.isEmpty() ? "checks" : name;
  }
}
