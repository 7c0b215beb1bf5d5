package dev.produce.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of {@code produce-compile}, configured exactly as {@link Main} configures it,
 * with stdout and stderr captured.
 *
 * @param exitCode what {@link CommandLine#execute} returned
 * @param out everything printed to stdout
 * @param err everything printed to stderr
 */
record CliRun(int exitCode, String out, String err) {
  static final String HINT = "Try 'produce-compile --help' for more information.";

  static CliRun compile(String... args) {
    CommandLine commandLine = Main.commandLine(new CompileCommand());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  List<String> outLines() {
    return out.lines().toList();
  }
}
