package dev.produce.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A bundle directory of the real ones' shape for running produce-verify on this host: its
 * {@code ./produce} prints a line (with {@code $PRODUCE_TEST_SECRET} when set) and writes
 * {@code applied.marker} into the bundle root; the checks are what the test says.
 */
final class TinyBundle {
  private TinyBundle() {}

  static final String PRODUCE = """
      #!/bin/sh
      echo "produce: applied (token ${PRODUCE_TEST_SECRET:-none})"
      echo "produce: offline=${PRODUCE_TEST_OFFLINE:-no}" >&2
      touch applied.marker
      """;

  /** Writes a bundle with {@code verificationYml} as its {@code .verification.yml} to {@code dir}. */
  static Path write(Path dir, String verificationYml) throws IOException {
    Files.createDirectories(dir);
    Path produce = dir.resolve("produce");
    Files.writeString(produce, PRODUCE, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(produce, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(dir.resolve(".verification.yml"), verificationYml, StandardCharsets.UTF_8);
    return dir;
  }

  /** Two passing quick commands, one thorough command, one manual item. */
  static final String PASSING = """
      produce:
        - text: the bundle was applied
          machine:
            automatable: true
            checks:
              quick:
                commands:
                  - cmd: test -f applied.marker
                    expect_exit: 0
                  - cmd: echo PONG
                    expect_stdout: PONG
              thorough:
                commands:
                  - cmd: grep -c 'touch applied' produce
                    expect_stdout: /^1$/
        - text: a person looks at the status page
          manual: open /admin/reports/status
          machine:
            automatable: false
      """;

  /** One passing and one failing command that prints {@code s3cret-value}. */
  static final String FAILING = """
      produce:
        - text: the bundle was applied
          machine:
            automatable: true
            checks:
              quick:
                commands:
                  - cmd: test -f applied.marker
                    expect_exit: 0
      redis:
        - text: Redis answers
          machine:
            automatable: true
            checks:
              thorough:
                commands:
                  - cmd: echo 'LOADING s3cret-value'
                    expect_stdout: PONG
      """;
}
