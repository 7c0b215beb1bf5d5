package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.render.ProduceVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's dispatcher: a command word first, then that command's options; {@code produce} itself. */
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
  void run_help_exits0ListingEveryCommandOnStdout() {
    assertThat(run("--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("Usage: produce [-hV] COMMAND")
        .contains("  compile ", "  verify ", "  loadtest ", "  help ");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void run_version_printsProduceVersion() {
    assertThat(run("--version")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isEqualTo("produce " + ProduceVersion.get() + System.lineSeparator());
  }

  @Test
  void run_version_printsWhatTheTreesVersionOptionPrints() {
    StringWriter tree = new StringWriter();
    Main.produceCommandLine().setOut(new PrintWriter(tree, true)).execute("--version");

    assertThat(run("-V")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isEqualTo(tree.toString());
  }

  @Test
  void run_helpCompile_printsTheCompileCommandsOptions() {
    assertThat(run("help", "compile")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("Usage: produce compile ").contains("--memory=MB", "--cache=");
  }

  @Test
  void produceCommandLine_noCommand_exits2WithUsageOnStderr() {
    StringWriter captured = new StringWriter();
    int exit = Main.produceCommandLine().setErr(new PrintWriter(captured, true)).execute();
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(captured.toString()).startsWith(ProduceCommand.NO_COMMAND).contains("Usage: produce");
  }

  @Test
  void produceCompile_writesTheSameBundleAsProduceCompileCommand(@TempDir Path dir) {
    Path viaProduce = dir.resolve("a");
    Path viaCommand = dir.resolve("b");
    assertThat(Main.produceCommandLine().execute("compile", "--memory", "4096", "--cache", "memcache",
        "-o", viaProduce.toString())).isEqualTo(ExitCodes.OK);
    assertThat(CliRun.compile("--memory", "4096", "--cache", "memcache", "-o", viaCommand.toString()).exitCode())
        .isEqualTo(ExitCodes.OK);
    assertThat(BundleFiles.snapshot(viaProduce)).isEqualTo(BundleFiles.snapshot(viaCommand)).isNotEmpty();
  }

  @Test
  void produceCompile_badValue_exits2NamingTheOption() {
    StringWriter captured = new StringWriter();
    int exit = Main.produceCommandLine().setErr(new PrintWriter(captured, true))
        .execute("compile", "--memory", "100");
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(captured.toString()).startsWith("produce compile: --memory: ");
  }

  @Test
  void commandLine_usesTheShortErrorMessageHandler() {
    assertThat(Main.commandLine(new CompileCommand()).getParameterExceptionHandler())
        .isInstanceOf(ShortErrorMessageHandler.class);
    assertThat(Main.produceCommandLine().getSubcommands().get("compile").getParameterExceptionHandler())
        .isInstanceOf(ShortErrorMessageHandler.class);
  }
}
