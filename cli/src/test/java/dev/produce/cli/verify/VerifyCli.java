package dev.produce.cli.verify;

import dev.produce.cli.Main;
import dev.produce.cli.VerifyCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of {@code produce-verify} as {@link Main} runs it (real containers), with
 * stdout and stderr captured.
 *
 * @param exitCode the command's exit code
 * @param out everything printed to stdout
 * @param err everything printed to stderr
 */
record VerifyCli(int exitCode, String out, String err) {

  static VerifyCli run(String... args) {
    CommandLine commandLine = Main.commandLine(new VerifyCommand());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new VerifyCli(exitCode, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  /** The {@code wall time ...} summary line. */
  String wallTime() {
    return outLines().stream().filter(line -> line.startsWith("wall time ")).findFirst().orElse("(no wall time line)");
  }
}
