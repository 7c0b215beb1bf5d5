package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The jar's dispatcher: a command word first, then that command's options. */
class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void run_unknownCommand_exits2NamingIt() {
    assertThat(run("frobnicate", "--memory", "4096")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("produce: unknown command 'frobnicate'").contains("compile");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void run_noCommand_exits2WithUsage() {
    assertThat(run()).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("produce: no command given").contains("Usage: produce <compile|");
  }

  @Test
  void run_help_exits0WithUsageOnStdout() {
    assertThat(run("--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("Usage: produce <compile|").contains("|verify");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void commandLine_usesTheShortErrorMessageHandler() {
    assertThat(Main.commandLine(new CompileCommand()).getParameterExceptionHandler())
        .isInstanceOf(ShortErrorMessageHandler.class);
  }
}
