package dev.produce.format.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The top-level formatVersion of a .verification.yml: written by generators, optional when read. */
class FormatVersionSpecTest {
  private static final String ITEM = "produce:\n  - text: t\n    machine:\n      automatable: true\n"
      + "      checks:\n        quick:\n          commands:\n            - cmd: 'true'\n              expect_exit: 0\n";

  @Test
  void currentVersion_isReadAndIsNoSection() {
    SpecLoadResult loaded = SpecLoader.load("formatVersion: '1.0'\n\n" + ITEM, "b/.verification.yml");

    assertThat(loaded.errors()).isEmpty();
    assertThat(loaded.orThrow().sections()).extracting(Section::name).containsExactly("produce");
  }

  @Test
  void sameMajorNewerMinor_andAnUnquotedVersion_areRead() {
    assertThat(SpecLoader.load("formatVersion: '1.3'\n" + ITEM, "f").errors()).isEmpty();
    assertThat(SpecLoader.load("formatVersion: 1.0\n" + ITEM, "f").errors()).isEmpty();
  }

  @Test
  void missingVersion_theOriginalDesignsForm_isRead() {
    assertThat(SpecLoader.load(ITEM, "f").errors()).isEmpty();
  }

  @Test
  void newerMajorVersion_isRefusedWithOneLine() {
    SpecLoadResult loaded = SpecLoader.load("formatVersion: '2.0'\n" + ITEM, "b/.verification.yml");

    assertThat(loaded.errors()).extracting(LintError::toString).containsExactly("b/.verification.yml:1:16:"
        + " formatVersion: format version 2.0 is not supported; this produce reads 1.x (1.0): use a newer produce");
  }

  @Test
  void versionThatIsNoVersion_isRefused() {
    assertThat(SpecLoader.load("formatVersion: [1]\n" + ITEM, "f").errors()).extracting(LintError::message)
        .containsExactly("expected a format version such as '1.0', found a list");
  }

  @Test
  void onlyAVersion_hasNoSections() {
    assertThat(SpecLoader.load("formatVersion: '1.0'\n", "f").errors()).extracting(LintError::message)
        .containsExactly("no sections: expected at least one, e.g. 'produce:' with a list of items");
  }

  @Test
  void builtInCode_writtenByTheTemplateValues_readsBackTheSameCommands() {
    VerificationYamlValues yaml = new VerificationYamlValues();
    CommandSpec command = CommandSpec.prints("redis-cli ping", "PONG", "/^ok: yes$/").retried("30s", "1s").timeout("10s");
    Item item = Item.thorough("Redis answers", List.of(command));
    String text = "formatVersion: " + yaml.formatVersion() + "\nredis:\n  - text: " + yaml.scalar(item.text())
        + "\n    machine:\n      automatable: true\n      checks:\n        thorough:\n          commands:\n"
        + "            - cmd: " + yaml.scalar(command.cmd()) + "\n              expect_exit: " + yaml.exit(command)
        + "\n              expect_stdout:\n" + String.join("", yaml.stdout(command).stream()
            .map(e -> "                - " + e + "\n").toList())
        + "              retry: " + yaml.retry(command) + "\n              timeout: " + yaml.timeout(command) + "\n";

    CommandSpec read = SpecLoader.load(text, "f").orThrow().sections().get(0).items().get(0).commands().get(0);

    assertThat(read.cmd()).isEqualTo(command.cmd());
    assertThat(read.level()).isEqualTo(Level.THOROUGH);
    assertThat(read.expectExit()).isEqualTo(command.expectExit());
    assertThat(read.expectStdout()).isEqualTo(command.expectStdout());
    assertThat(read.retry()).isEqualTo(command.retry());
    assertThat(read.timeout()).isEqualTo(command.timeout());
  }
}
