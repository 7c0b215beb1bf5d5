package dev.produce.cli;

import dev.produce.cli.verify.TargetFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of {@code produce-verify}, configured exactly as {@link Main} configures it,
 * with its targets from {@code targets} and stdout and stderr captured.
 *
 * @param exitCode what {@link CommandLine#execute} returned
 * @param out everything printed to stdout
 * @param err everything printed to stderr
 */
record VerifyRun(int exitCode, String out, String err) {

  /** Runs with containers from the target image (container tests only). */
  static VerifyRun inContainers(String... args) {
    return run(TargetFactory.CONTAINERS, VerifyCommand.BUNDLE_ROOT, args);
  }

  /** Runs with targets from {@code targets}, the bundle copied to {@code bundleRoot} on each. */
  static VerifyRun run(TargetFactory targets, Path bundleRoot, String... args) {
    return run(targets, bundleRoot.toString(), args);
  }

  private static VerifyRun run(TargetFactory targets, String bundleRoot, String... args) {
    VerifyCommand command = new VerifyCommand();
    command.targets = targets;
    command.bundleRoot = bundleRoot;
    CommandLine commandLine = Main.commandLine(command);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new VerifyRun(exitCode, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  List<String> outLines() {
    return out.lines().toList();
  }
}
