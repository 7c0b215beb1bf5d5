package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorReporterTest {
  private final StringWriter err = new StringWriter();

  private ErrorReporter reporter(boolean stacktrace) {
    CommandLine commandLine = new CommandLine(new CompileCommand());
    commandLine.setErr(new PrintWriter(err, true));
    return new ErrorReporter(commandLine, stacktrace);
  }

  @Test
  void unexpected_printsClassAndMessageOnOneLineAndExits3() {
    int code = reporter(false).unexpected(new IllegalStateException("memory budget does not add up"));

    assertThat(code).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(err.toString()).isEqualTo(
        "produce-compile: java.lang.IllegalStateException: memory budget does not add up" + System.lineSeparator());
  }

  @Test
  void unexpected_withStacktrace_appendsTheTrace() {
    reporter(true).unexpected(new IllegalStateException("boom"));

    assertThat(err.toString()).startsWith("produce-compile: java.lang.IllegalStateException: boom")
        .contains("\tat dev.produce.cli.ErrorReporterTest");
  }

  @Test
  void line_keepsOnlyTheFirstLineOfAMessage() {
    assertThat(ErrorReporter.line(new CommandLine(new CompileCommand()), "first\nsecond"))
        .isEqualTo("produce-compile: first");
  }

  @Test
  void describe_namesTheReasonAndThePath() {
    assertThat(ErrorReporter.describe(new AccessDeniedException("/srv/bundle"))).isEqualTo("permission denied: /srv/bundle");
    assertThat(ErrorReporter.describe(new NoSuchFileException("/srv/x"))).isEqualTo("no such file or directory: /srv/x");
  }
}
