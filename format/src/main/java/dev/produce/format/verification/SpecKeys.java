package dev.produce.format.verification;

import java.util.List;

/**
 * The keys each mapping of a {@code .verification.yml} accepts, in documentation order. The
 * published JSON Schema lists the same keys (a test keeps them equal).
 */
final class SpecKeys {

  static final List<String> ITEM = List.of("text", "manual", "machine");
  static final List<String> MACHINE = List.of("automatable", "checks");
  static final List<String> LEVEL = List.of("commands");
  static final List<String> COMMAND =
      List.of("cmd", "expect_exit", "expect_stdout", "expect_stderr", "timeout", "retry");
  static final List<String> RETRY = List.of("within", "every");

  private SpecKeys() {}
}
