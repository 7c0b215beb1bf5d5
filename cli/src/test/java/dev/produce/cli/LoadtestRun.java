package dev.produce.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of {@code produce-loadtest}, configured as {@link Main} configures it, with
 * stdout and stderr captured.
 *
 * @param exitCode what {@link CommandLine#execute} returned
 * @param out everything printed to stdout
 * @param err everything printed to stderr
 */
record LoadtestRun(int exitCode, String out, String err) {
  static final String HINT = "Try 'produce-loadtest --help' for more information.";

  static LoadtestRun loadtest(String... args) {
    CommandLine commandLine = Main.commandLine(new LoadtestCommand());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return new LoadtestRun(commandLine.execute(args), out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
