package dev.produce.format.verification;

import dev.produce.model.Excerpt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Binds one entry of {@code commands:} to a {@link CommandSpec}, recording every problem. */
final class CommandBinder {

  private static final int MAX_EXIT = 255;

  private final Lint lint;

  CommandBinder(Lint lint) {
    this.lint = lint;
  }

  Optional<CommandSpec> bind(YamlNode node, Level level) {
    Optional<YamlMapping> found = lint.mapping(node, "a command (cmd: ... expect_exit: ...)");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping command = found.get();
    int errorsBefore = lint.count();
    lint.unknownKeys(command, SpecKeys.COMMAND);
    Optional<String> cmd = command.get("cmd").flatMap(value -> lint.nonBlankString(value, "a shell command"));
    if (command.get("cmd").isEmpty()) {
      lint.at(command, "missing required key 'cmd'");
    }
    List<Integer> exit = command.get("expect_exit").map(this::exitCodes).orElse(List.of());
    List<OutputExpectation> stdout = command.get("expect_stdout").map(this::outputs).orElse(List.of());
    List<OutputExpectation> stderr = command.get("expect_stderr").map(this::outputs).orElse(List.of());
    if (command.get("expect_exit").isEmpty() && command.get("expect_stdout").isEmpty()
        && command.get("expect_stderr").isEmpty()) {
      lint.at(command, "nothing can fail: add expect_exit, expect_stdout or expect_stderr");
    }
    Duration timeout = command.get("timeout").flatMap(this::positiveDuration)
        .orElse(CommandSpec.DEFAULT_TIMEOUT);
    Optional<Retry> retry = command.get("retry").flatMap(this::retry);
    if (lint.count() > errorsBefore || cmd.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CommandSpec(cmd.get(), level, exit, stdout, stderr, timeout, retry,
        command.path(), command.line()));
  }

  private List<Integer> exitCodes(YamlNode node) {
    List<YamlNode> values = node instanceof YamlSequence sequence ? sequence.items() : List.of(node);
    if (node instanceof YamlSequence && values.isEmpty()) {
      lint.at(node, "empty list asserts nothing: give at least one exit code");
    }
    List<Integer> codes = new ArrayList<>();
    for (YamlNode value : values) {
      exitCode(value).ifPresent(codes::add);
    }
    return codes;
  }

  private Optional<Integer> exitCode(YamlNode node) {
    if (node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.INTEGER) {
      try {
        int code = Integer.parseInt(scalar.text());
        if (code >= 0 && code <= MAX_EXIT) {
          return Optional.of(code);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    lint.at(node, "expected an exit code 0-" + MAX_EXIT + " (or a list of them), found " + node.describe());
    return Optional.empty();
  }

  private List<OutputExpectation> outputs(YamlNode node) {
    if (node instanceof YamlSequence sequence) {
      if (sequence.items().isEmpty()) {
        lint.at(node, "empty list asserts nothing: give at least one expectation, or \"\" for empty output");
      }
      List<OutputExpectation> expectations = new ArrayList<>();
      for (YamlNode item : sequence.items()) {
        output(item).ifPresent(expectations::add);
      }
      return expectations;
    }
    return output(node).map(List::of).orElse(List.of());
  }

  private Optional<OutputExpectation> output(YamlNode node) {
    if (!(node instanceof YamlScalar scalar) || scalar.type() == YamlScalar.Type.NULL) {
      lint.at(node, "expected text (plain = contains, /regex/, !negated, \"\" = empty), found "
          + node.describe() + (node instanceof YamlScalar ? "; write \"\" to require empty output" : ""));
      return Optional.empty();
    }
    try {
      return Optional.of(OutputExpectation.parse(scalar.text()));
    } catch (IllegalArgumentException e) {
      lint.at(node, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Retry> retry(YamlNode node) {
    Optional<YamlMapping> found = lint.mapping(node, "{within: 30s, every: 1s}");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping retry = found.get();
    lint.unknownKeys(retry, SpecKeys.RETRY);
    if (retry.get("within").isEmpty()) {
      lint.at(retry, "missing required key 'within' (how long to keep retrying, e.g. 30s)");
    }
    Optional<Duration> within = retry.get("within").flatMap(this::positiveDuration);
    Optional<Duration> every = retry.get("every").isPresent()
        ? retry.get("every").flatMap(this::positiveDuration)
        : Optional.of(Retry.DEFAULT_EVERY);
    if (within.isEmpty() || every.isEmpty()) {
      return Optional.empty();
    }
    if (every.get().compareTo(within.get()) > 0) {
      YamlNode at = retry.get("every").orElse(retry);
      lint.at(at, "every (" + Durations.format(every.get()) + ") is longer than within ("
          + Durations.format(within.get()) + "): there would be no second attempt");
      return Optional.empty();
    }
    return Optional.of(new Retry(within.get(), every.get()));
  }

  private Optional<Duration> positiveDuration(YamlNode node) {
    String text = node instanceof YamlScalar scalar ? scalar.text() : "";
    Optional<Duration> duration = node instanceof YamlScalar scalar && scalar.type() != YamlScalar.Type.NULL
        ? Durations.parse(text) : Optional.empty();
    if (duration.isEmpty()) {
      String hint = node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.INTEGER
          ? " (" + Excerpt.of(text) + " has no unit)" : "";
      lint.at(node, "bad duration " + (node instanceof YamlScalar ? "'" + Excerpt.of(text) + "'" : node.describe())
          + hint + ": write a number and a unit, e.g. 500ms, 20s, 2m, 1m30s");
      return Optional.empty();
    }
    if (duration.get().isZero()) {
      lint.at(node, "duration must be longer than 0");
      return Optional.empty();
    }
    return duration;
  }
}
