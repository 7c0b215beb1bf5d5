package dev.produce.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The jar's entry point: {@code java -jar produce.jar compile [options]} runs {@code produce-compile}
 * (the launchers in {@code bin/} add the command word). Later {@code verify} and {@code loadtest}.
 */
public final class Main {
  private static final Map<String, Supplier<Object>> COMMANDS = new TreeMap<>(Map.of("compile", CompileCommand::new, "verify", VerifyCommand::new, "loadtest", LoadtestCommand::new));

  private Main() {}

  public static void main(String... args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Dispatches {@code args[0]} to its command with the remaining arguments and returns the exit code.
   * {@code out}/{@code err} carry only this dispatcher's own messages; commands print through picocli.
   */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    String name = args.length == 0 ? "" : args[0];
    if (name.equals("-h") || name.equals("--help")) {
      out.println(usage());
      return ExitCodes.OK;
    }
    Supplier<Object> command = COMMANDS.get(name);
    if (command == null) {
      err.println(name.isEmpty() ? "produce: no command given" : "produce: unknown command '" + name + "'");
      err.println(usage());
      return ExitCodes.USAGE;
    }
    return commandLine(command.get()).execute(Arrays.copyOfRange(args, 1, args.length));
  }

  /** A command's {@link CommandLine}, configured as {@code main} runs it: short parse-error messages. */
  public static CommandLine commandLine(Object command) {
    return new CommandLine(command).setParameterExceptionHandler(new ShortErrorMessageHandler());
  }

  private static String usage() {
    return "Usage: produce <" + String.join("|", COMMANDS.keySet()) + "> [options]"
        + "  (e.g. bin/produce-compile --help)";
  }
}
