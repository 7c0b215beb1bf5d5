package dev.produce.verifier.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
public final class SpecLoader {

  private SpecLoader() {}

  /** Loads {@code file}; errors name it as given. */
  public static SpecLoadResult load(Path file) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    return load(content, file.toString());
  }

  /** Loads {@code content}; {@code source} names it in errors (e.g. its file name). */
  public static SpecLoadResult load(String content, String source) {
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
