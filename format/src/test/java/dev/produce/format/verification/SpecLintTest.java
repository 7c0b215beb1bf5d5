package dev.produce.format.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem is reported with its YAML path and line, all of a file's problems at once. */
class SpecLintTest {

  private static List<LintError> lint(String yaml) {
    SpecLoadResult result = SpecLoader.load(yaml, "t.yml");
    assertThat(result.spec()).as("a file with errors yields no spec").isEmpty();
    return result.errors();
  }

  /** One valid command with {@code extra} added under it (indented 14 spaces). */
  private static String command(String extra) {
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
  void validCommand_hasNoErrors() {
    assertThat(SpecLoader.load(command("expect_exit: 0"), "t.yml").errors()).isEmpty();
  }

  @Test
  void unknownKey_namesPathLineAndSuggestion() {
    LintError error = only(lint(command("expect_exit: 0\nexpect_stdot: PONG")));

    assertThat(error.path()).isEqualTo("produce[0].machine.checks.quick.commands[0].expect_stdot");
    assertThat(error.line()).isEqualTo(10);
    assertThat(error.column()).isEqualTo(15);
    assertThat(error.message()).contains("unknown key 'expect_stdot'", "did you mean 'expect_stdout'?");
  }

  @Test
  void commandWithNothingThatCanFail_isAnError() {
    LintError error = only(lint(command("timeout: 5s")));

    assertThat(error.path()).isEqualTo("produce[0].machine.checks.quick.commands[0]");
    assertThat(error.line()).isEqualTo(8);
    assertThat(error.message()).contains("nothing can fail");
  }

  @Test
  void emptyExpectationLists_assertNothing() {
    List<LintError> errors = lint(command("expect_exit: []\nexpect_stdout: []"));

    assertThat(errors).extracting(LintError::line, LintError::message).containsExactly(
        tuple(9, "empty list asserts nothing: give at least one exit code"),
        tuple(10, "empty list asserts nothing: give at least one expectation, or \"\" for empty output"));
  }

  @Test
  void badDurations_sayWhatIsAccepted() {
    List<LintError> errors = lint(command("expect_exit: 0\ntimeout: 20\nretry: {within: 5 minutes, every: 0s}"));

    assertThat(errors).extracting(LintError::path).containsExactly(
        "produce[0].machine.checks.quick.commands[0].timeout",
        "produce[0].machine.checks.quick.commands[0].retry.within",
        "produce[0].machine.checks.quick.commands[0].retry.every");
    assertThat(errors.get(0).message()).contains("'20' (20 has no unit)", "500ms, 20s, 2m");
    assertThat(errors.get(1).message()).startsWith("bad duration '5 minutes'");
    assertThat(errors.get(2).message()).isEqualTo("duration must be longer than 0");
  }

  @Test
  void retryEveryLongerThanWithin_isAnError() {
    LintError error = only(lint(command("expect_exit: 0\nretry: {within: 5s, every: 10s}")));

    assertThat(error.path()).endsWith("retry.every");
    assertThat(error.message()).contains("every (10s) is longer than within (5s)");
  }

  @Test
  void retryWithoutWithin_isAnError() {
    LintError error = only(lint(command("expect_exit: 0\nretry: {every: 1s}")));

    assertThat(error.message()).contains("missing required key 'within'");
  }

  @Test
  void unknownLevel_namesTheLevels() {
    LintError error = only(lint("""
        produce:
          - text: claim
            machine:
              automatable: true
              checks:
                full:
                  commands:
                    - cmd: "true"
                      expect_exit: 0
        """));

    assertThat(error.path()).isEqualTo("produce[0].machine.checks.full");
    assertThat(error.line()).isEqualTo(6);
    assertThat(error.message()).isEqualTo("unknown level 'full'; levels are quick, thorough");
  }

  @Test
  void emptyCmd_isAnError_quotedOrNot() {
    List<LintError> errors = lint("""
        produce:
          - text: claim
            machine:
              automatable: true
              checks:
                quick:
                  commands:
                    - cmd: "  "
                      expect_exit: 0
                    - cmd:
                      expect_exit: 0
        """);

    assertThat(errors).extracting(LintError::path).containsExactly(
        "produce[0].machine.checks.quick.commands[0].cmd", "produce[0].machine.checks.quick.commands[1].cmd");
    assertThat(errors.get(0).message()).startsWith("is empty");
    assertThat(errors.get(1).message()).contains("found nothing (null)");
  }

  @Test
  void badExitCodesAndRegex_areErrors() {
    List<LintError> errors = lint(command("expect_exit: [0, 256, \"1\"]\nexpect_stderr: /([a-z/"));

    assertThat(errors).extracting(LintError::path).containsExactly(
        "produce[0].machine.checks.quick.commands[0].expect_exit[1]",
        "produce[0].machine.checks.quick.commands[0].expect_exit[2]",
        "produce[0].machine.checks.quick.commands[0].expect_stderr");
    assertThat(errors.get(0).message()).contains("0-255", "the number 256");
    assertThat(errors.get(1).message()).contains("the text \"1\"");
    assertThat(errors.get(2).message()).startsWith("bad regular expression /([a-z/");
  }

  @Test
  void nullExpectation_suggestsEmptyString() {
    LintError error = only(lint(command("expect_stdout:")));

    assertThat(error.message()).contains("write \"\" to require empty output");
  }

  @Test
  void automatableMismatches_areErrors() {
    List<LintError> errors = lint("""
        produce:
          - text: manual with checks
            machine:
              automatable: false
              checks: {}
          - text: automatable without checks
            machine:
              automatable: true
          - text: automatable with manual
            manual: look at it
            machine:
              automatable: yes
              checks:
                quick:
                  commands:
                    - cmd: "true"
                      expect_exit: 0
          - text: not a boolean
            machine:
              automatable: sometimes
        """);

    assertThat(errors).extracting(LintError::line, LintError::path).containsExactly(
        tuple(5, "produce[0].machine.checks"),
        tuple(8, "produce[1].machine"),
        tuple(10, "produce[2].manual"),
        tuple(20, "produce[3].machine.automatable"));
    assertThat(errors.get(0).message()).contains("automatable: false items are never run");
    assertThat(errors.get(1).message()).contains("needs checks:");
    assertThat(errors.get(2).message()).contains("manual: is for items with automatable: false");
    assertThat(errors.get(3).message()).isEqualTo("expected true or false, found the text \"sometimes\"");
  }

  @Test
  void missingKeysAndWrongShapes_areErrors() {
    List<LintError> errors = lint("""
        produce:
          - machine:
              automatable: false
          - just a string
        nginx: {}
        """);

    assertThat(errors).extracting(LintError::line, LintError::path, LintError::message).containsExactly(
        tuple(2, "produce[0]", "missing required key 'text'"),
        tuple(4, "produce[1]", "expected an item with text: and machine:, found the text \"just a string\""),
        tuple(5, "nginx", "expected a list of items (- text: ... machine: ...), found a mapping"));
  }

  @Test
  void emptyFileAndScalarRoot_areErrors() {
    assertThat(only(lint("# nothing\n")).message()).startsWith("empty file");
    assertThat(only(lint("just text\n")).message()).contains("expected sections");
    assertThat(only(lint("{}\n")).message()).startsWith("no sections");
  }

  @Test
  void everyProblemOfAFile_isReportedAtOnce_inFileOrder() {
    List<LintError> errors = lint("""
        produce:
          - text: one
            machine:
              automatable: true
              checks:
                thorough:
                  commands:
                    - cmd: grep -q x y
                    - cmd: grep -q x y
                      expect_exit: 0
                      expect_exit: 0
                    - cmd: sleep 1
                      expect_exit: 0
                      timeout: soon
          - text: two
            mashine:
              automatable: false
        """);

    assertThat(errors).extracting(LintError::line).containsExactly(8, 11, 14, 15, 16);
    assertThat(errors).extracting(LintError::toString).element(2)
        .isEqualTo("t.yml:14:24: produce[0].machine.checks.thorough.commands[2].timeout: bad duration 'soon': "
            + "write a number and a unit, e.g. 500ms, 20s, 2m, 1m30s");
  }

  @Test
  void orThrow_carriesEveryError() {
    SpecLoadResult result = SpecLoader.load(command("timeout: 5s\nretry: {within: 1s, every: 2s}"), "t.yml");

    assertThatThrownBy(result::orThrow).isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("2 problems:\nt.yml:8:")
        .satisfies(e -> assertThat(((InvalidSpecException) e).errors()).hasSize(2));
  }

  @Test
  void lintError_toStringWithoutPath_omitsIt() {
    assertThat(new LintError("f.yml", 1, 1, "", "empty file")).hasToString("f.yml:1:1: empty file");
  }
}
