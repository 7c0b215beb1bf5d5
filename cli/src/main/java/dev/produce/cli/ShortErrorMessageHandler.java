package dev.produce.cli;

import dev.produce.model.InvalidInputException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command-line parse error as one line naming the option, plus a hint to {@code --help};
 * no usage dump, and a stack trace only when {@code --stacktrace} is among the arguments (after
 * jib-cli's handler of the same name). A value rejected by a
 * type converter is reported with the model's own message, e.g. {@code produce-compile: --php: must
 * be one of 8.1|8.2|8.3|8.4 (form X.Y), was '7'}.
 */
public final class ShortErrorMessageHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(ErrorReporter.line(cmd, message(ex)));
    if (Arrays.asList(args).contains("--stacktrace")) {
      ex.printStackTrace(err);
    }
    err.println(ErrorReporter.hint(cmd));
    err.flush();
    return cmd.getExitCodeExceptionMapper() != null
        ? cmd.getExitCodeExceptionMapper().getExitCode(ex)
        : cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static String message(ParameterException ex) {
    for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return invalid.getMessage();
      }
    }
    if (ex instanceof MissingParameterException missing
        && missing.getMissing().size() == 1
        && missing.getMissing().get(0) instanceof OptionSpec option) {
      return option.longestName() + ": needs a value: " + firstSentence(option);
    }
    if (ex instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        return ex.getMessage() + " (did you mean " + String.join(" or ", suggestions) + "?)";
      }
    }
    return ex.getMessage();
  }

  /** The option's description up to its first full stop: what it is and which values it accepts. */
  private static String firstSentence(ArgSpec option) {
    String description = option.description().length == 0 ? option.paramLabel() : option.description()[0];
    int stop = description.indexOf(". ");
    return (stop < 0 ? description : description.substring(0, stop + 1)).replace("%%", "%");
  }
}
