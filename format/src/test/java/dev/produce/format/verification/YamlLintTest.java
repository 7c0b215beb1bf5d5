package dev.produce.format.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems of the YAML itself, which parsers let through or report one at a time. */
class YamlLintTest {

  private static List<LintError> lint(String yaml) {
    SpecLoadResult result = SpecLoader.load(yaml, "t.yml");
    assertThat(result.spec()).as("a file with errors yields no spec").isEmpty();
    return result.errors();
  }

  /** One valid command with {@code extra} added under it (indented 14 spaces). */
  static String command(String extra) {
    return """
        produce:
          - text: claim
            machine:
              automatable: true
              checks:
                quick:
                  commands:
                    - cmd: "true"
        """ + extra.indent(14);
  }

  private static LintError only(List<LintError> errors) {
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  @Test
  void malformedYaml_isOneErrorAtTheProblem() {
    LintError error = only(lint("produce:\n  - text: a\n    machine: b\n   oops: c\n"));

    assertThat(error.message()).startsWith("malformed YAML:");
    assertThat(error.line()).isEqualTo(4);
  }

  @Test
  void tabIndentation_isMalformedWithItsLine() {
    LintError error = only(lint("produce:\n\t- text: a\n"));

    assertThat(error.line()).isEqualTo(2);
    assertThat(error.message()).contains("TAB");
  }

  @Test
  void duplicateKey_namesBothLines() {
    LintError error = only(lint(command("expect_exit: 0\nexpect_exit: 1")));

    assertThat(error.path()).isEqualTo("produce[0].machine.checks.quick.commands[0].expect_exit");
    assertThat(error.line()).isEqualTo(10);
    assertThat(error.message()).contains("duplicate key 'expect_exit' (first at line 9)");
  }

  @Test
  void duplicateSection_isAnError() {
    String item = "  - text: a\n    machine:\n      automatable: false\n";
    LintError error = only(lint("produce:\n" + item + "produce:\n" + item));

    assertThat(error.line()).isEqualTo(5);
    assertThat(error.message()).contains("duplicate key 'produce' (first at line 1)");
  }

  @Test
  void aliasesAndSecondDocuments_areErrors() {
    List<LintError> errors = lint(command("expect_exit: &zero 0\nexpect_stdout: *zero") + "---\nmore: 1\n");

    assertThat(errors).extracting(LintError::line).as("the second document starts after --- on line 11")
        .containsExactly(10, 12);
    assertThat(errors.get(0).message()).contains("YAML aliases (*zero) are not supported");
    assertThat(errors.get(1).message()).contains("a second YAML document");
  }

  @Test
  void unquotedNegation_isATagError_notASilentEmptyString() {
    List<LintError> errors = lint(command("expect_exit: 0\nexpect_stdout: !error\nexpect_stderr: [!warn, x]"));

    assertThat(errors).extracting(LintError::line, LintError::message).containsExactly(
        tuple(10, "YAML tag '!error' is not supported: a value starting with ! must be quoted, e.g. \"!error\""),
        tuple(11, "YAML tag '!warn,' is not supported: a value starting with ! must be quoted, e.g. \"!warn\""));
  }

  @Test
  void standardTags_areAccepted() {
    assertThat(SpecLoader.load(command("expect_exit: 0\nexpect_stdout: !!str 5"), "t.yml").errors()).isEmpty();
  }
}
