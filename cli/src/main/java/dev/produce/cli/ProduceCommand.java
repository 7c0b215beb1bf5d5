package dev.produce.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code produce}: the one entry point over the three commands, {@code produce compile|verify|loadtest}
 * (the same commands as {@code produce-compile}, {@code produce-verify} and {@code produce-loadtest}),
 * {@code produce --version} and {@code produce help [COMMAND]}. {@link Main} adds the subcommands; this
 * class only answers a call without one.
 */
@Command(
    name = "produce",
    mixinStandardHelpOptions = true,
    versionProvider = ProduceVersionProvider.class,
    usageHelpWidth = 100,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Makes Drupal servers fast and proves it: compiles a server profile into a bundle that an operator"
          + " applies on a Debian server with 'sudo ./produce', proves a bundle in containers, and measures"
          + " what it buys with a load test.",
      ""},
    commandListHeading = "%nCommands (also installed as produce-compile, produce-verify, produce-loadtest):%n",
    exitCodeListHeading = "%nExit codes (all commands):%n",
    exitCodeList = {
      "0:ok",
      "1:checks or a gate failed (verify, loadtest)",
      "2:invalid input or usage; the message names the option and the accepted values",
      "3:environment: I/O, Docker, missing image"},
    footerHeading = "%nExamples:%n",
    footer = {
      "  produce compile --memory 4096 --cache memcache -o bundle/",
      "  produce verify bundle/",
      "  produce help compile",
      "  produce --version"})
public final class ProduceCommand implements Callable<Integer> {
  static final String NO_COMMAND = "produce: no command given";

  @Spec CommandSpec spec;

  /** Called only without a command word: says so, shows the usage on stderr, exit 2. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println(NO_COMMAND);
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
