package dev.produce.cli;

import dev.produce.generators.render.BundleFile;
import dev.produce.model.ServerProfile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;
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
    return run(new CompileCommand(), args);
  }

  /**
   * A compile whose {@code --vendor-packages} takes its packages from {@code packages} (stand-ins for
   * Docker's download) and that sees no ssh-agent.
   */
  static CliRun compile(Function<ServerProfile, List<BundleFile>> packages, String... args) {
    CompileCommand command = new CompileCommand();
    command.packageSource = packages;
    command.sshAgentRunning = false;
    return run(command, args);
  }

  private static CliRun run(CompileCommand command, String... args) {
    CommandLine commandLine = Main.commandLine(command);
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
