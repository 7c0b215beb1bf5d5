package dev.produce.cli;

import dev.produce.generators.CompileWarmup;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * The jar's entry point: {@code java -jar produce.jar compile [options]} runs {@code produce-compile}
 * (the launchers {@code produce-compile}, {@code produce-verify}, {@code produce-loadtest} add the
 * command word; {@code produce} passes the caller's). A command word builds only that command, so a
 * compile loads none of the other commands' classes; {@code --version} alone is answered at once, and
 * {@code --help} and {@code help} go to the whole {@link ProduceCommand} tree.
 */
public final class Main {
  private static final String COMPILE = "compile";
  private static final Map<String, Supplier<Object>> COMMANDS = new TreeMap<>(Map.of(COMPILE, CompileCommand::new, "verify", VerifyCommand::new, "loadtest", LoadtestCommand::new));
  private static final String HELP = "help";

  private Main() {}

  public static void main(String... args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Dispatches {@code args[0]} to its command with the remaining arguments and returns the exit code.
   * {@code out}/{@code err} carry only this dispatcher's own messages and {@code produce}'s help and
   * version; commands print through picocli.
   */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    String name = args.length == 0 ? "" : args[0];
    if (COMMANDS.containsKey(name)) {
      if (name.equals(COMPILE)) {
        CompileWarmup.start(); // the model's, Jackson's and Velocity's start, beside picocli's
      }
      return command(name).execute(Arrays.copyOfRange(args, 1, args.length));
    }
    if (args.length == 1 && (name.equals("--version") || name.equals("-V"))) {
      // What the tree's --version prints, without building every command first (half a second).
      for (String line : new ProduceVersionProvider().getVersion()) {
        out.println(line);
      }
      return ExitCodes.OK;
    }
    if (name.startsWith("-") || name.equals(HELP)) {
      return produceCommandLine().setOut(out).setErr(err).execute(args);
    }
    err.println(name.isEmpty() ? ProduceCommand.NO_COMMAND : "produce: unknown command '" + name + "'");
    err.println(usage());
    return ExitCodes.USAGE;
  }

  /** A command's {@link CommandLine}, configured as {@code main} runs it: short parse-error messages. */
  public static CommandLine commandLine(Object command) {
    return new CommandLine(command).setParameterExceptionHandler(new ShortErrorMessageHandler());
  }

  /**
   * {@code produce} with every command as a subcommand ({@code compile}, {@code verify},
   * {@code loadtest}, {@code help}), configured as {@code main} runs it: the tree that help, bash
   * completion and the man pages are made from.
   */
  public static CommandLine produceCommandLine() {
    CommandLine produce = new CommandLine(new ProduceCommand());
    COMMANDS.forEach((name, command) -> {
      CommandLine subcommand = commandLine(command.get());
      subcommand.getCommandSpec().name(name);
      produce.addSubcommand(name, subcommand);
    });
    produce.addSubcommand(HELP, new HelpCommand());
    return produce.setParameterExceptionHandler(new ShortErrorMessageHandler());
  }

  /** The names {@code produce} accepts as its first word, e.g. {@code compile}. */
  public static Set<String> commandNames() {
    return COMMANDS.keySet();
  }

  /** The command {@code word} names ({@code compile} → {@code produce-compile}), configured as {@code main} runs it. */
  public static CommandLine command(String word) {
    return commandLine(COMMANDS.get(word).get());
  }

  private static String usage() {
    return "Usage: produce <" + String.join("|", COMMANDS.keySet()) + "|help> [options]"
        + "  (e.g. produce help compile)";
  }
}
