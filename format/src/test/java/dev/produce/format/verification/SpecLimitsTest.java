package dev.produce.format.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file too large for a {@code .verification.yml} is refused before it is parsed, and no error
 * quotes more than a short excerpt of a value: a 10 MB one-line file once took 36 s and echoed
 * itself whole.
 */
class SpecLimitsTest {
  @TempDir Path tmp;

  private static LintError only(SpecLoadResult result) {
    assertThat(result.spec()).isEmpty();
    assertThat(result.errors()).hasSize(1);
    return result.errors().get(0);
  }

  @Test
  void aFileOverTheCap_isOneErrorNamingItsSizeAndTheLimit() throws IOException {
    Path file = Files.writeString(tmp.resolve("big.yml"), "produce: " + "x".repeat((2 << 20) - 9));

    LintError error = only(SpecLoader.load(file));

    assertThat(error.toString()).isEqualTo(file + ":1:1: the file is 2097152 bytes; a .verification.yml may be"
        + " at most 1048576 bytes (1 MiB)");
  }

  @Test
  void aFileOfExactlyTheCap_isParsed() throws IOException {
    String line = "# " + "x".repeat(1021) + "\n";
    String text = "produce: 1\n" + line.repeat(SpecLoader.MAX_BYTES / line.length() - 1);
    text += "#".repeat(SpecLoader.MAX_BYTES - text.length());
    Path file = Files.writeString(tmp.resolve("cap.yml"), text);

    LintError error = only(SpecLoader.load(file));

    assertThat(Files.size(file)).isEqualTo(SpecLoader.MAX_BYTES);
    assertThat(error.message()).startsWith("expected a list of items");
  }

  @Test
  void aLineOverTheLineCap_isOneErrorNamingTheLineAndTheLimit() {
    LintError error = only(SpecLoader.load("# checks\nproduce: " + "x".repeat(20_000) + "\n", "t.yml"));

    assertThat(error.toString()).isEqualTo("t.yml:2:1: line 2 is 20009 characters; a line may be at most 16384"
        + " (write a long value as a YAML block scalar, | or >, over several lines)");
  }

  @Test
  void textOverTheCap_isRefusedBeforeParsing() {
    String text = "produce: " + "x".repeat(SpecLoader.MAX_BYTES);

    LintError error = only(SpecLoader.load(text, "t.yml"));

    assertThat(error.message()).isEqualTo("the file is " + text.length() + " bytes; a .verification.yml may be"
        + " at most 1048576 bytes (1 MiB)");
  }

  @Test
  void aFileThatIsNotUtf8_isALintError() throws IOException {
    Path file = Files.write(tmp.resolve("latin1.yml"), "produce: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    LintError error = only(SpecLoader.load(file));

    assertThat(error.message()).isEqualTo("not UTF-8 text: save the file as UTF-8");
  }

  @Test
  void aLongScalar_isQuotedAsAnExcerpt() {
    LintError error = only(SpecLoader.load("produce: " + "x".repeat(16_000), "t.yml"));

    assertThat(error.toString()).hasSizeLessThan(300).endsWith("… (16000 characters)\"");
  }

  @Test
  void aLongKey_isQuotedAsAnExcerpt_inTheMessageAndThePath() {
    String key = "k".repeat(16_000);

    List<LintError> errors = SpecLoader.load("produce:\n  - text: a\n    ? " + key + "\n    : 1\n    machine:\n"
        + "      automatable: false\n", "t.yml").errors();

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).toString()).hasSizeLessThan(600)
        .startsWith("t.yml:3:7: produce[0].kkkk").contains("… (16011 characters): unknown key 'kkkk")
        .contains("… (16000 characters)'; allowed here: ");
  }

  @Test
  void aLongDurationOrExpectation_isQuotedAsAnExcerpt() {
    String yaml = YamlLintTest.command("expect_stdout: \"/(" + "a".repeat(16_000) + "/\"\ntimeout: 5"
        + "s".repeat(16_000));

    List<LintError> errors = SpecLoader.load(yaml, "t.yml").errors();

    assertThat(errors).hasSize(2).allSatisfy(error -> assertThat(error.toString()).hasSizeLessThan(300));
  }

  @Test
  void deepNesting_isOneShortError() {
    LintError error = only(SpecLoader.load("[\n".repeat(100_000) + "]\n".repeat(100_000), "t.yml"));

    assertThat(error.message()).isEqualTo("malformed YAML: nested deeper than 64 levels (a .verification.yml nests"
        + " about 9)");
    assertThat(error.toString()).hasSizeLessThan(300);
  }
}
