package dev.produce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;

/**
 * Prints a command's terminating error as one line on stderr, {@code produce-compile: <message>},
 * and returns its exit code. The full stack trace follows only with {@code --stacktrace}; usage
 * errors end with a hint to {@code --help}.
 */
final class ErrorReporter {
  /** The longest error line printed; values quoted in it are {@link dev.produce.model.Excerpt}s well below. */
  static final int MAX_LINE_CHARS = 1000;

  private final CommandLine commandLine;
  private final boolean stacktrace;

  ErrorReporter(CommandLine commandLine, boolean stacktrace) {
    this.commandLine = commandLine;
    this.stacktrace = stacktrace;
  }

  /** Invalid input or usage: exit {@value ExitCodes#USAGE}. */
  int usage(String message, Throwable cause) {
    print(message, cause);
    commandLine.getErr().println(hint(commandLine));
    return ExitCodes.USAGE;
  }

  /** Several inputs refused at once (e.g. one line per host of an inventory): exit {@value ExitCodes#USAGE}. */
  int usage(java.util.List<String> messages, Throwable cause) {
    for (String message : messages.subList(0, messages.size() - 1)) {
      print(message, null);
    }
    return usage(messages.get(messages.size() - 1), cause);
  }

  /** A bundle target that cannot be used; the message already says what to do: exit {@value ExitCodes#USAGE}. */
  int refusedTarget(String message, Throwable cause) {
    print(message, cause);
    return ExitCodes.USAGE;
  }

  /** The environment failed, e.g. a file could not be written: exit {@value ExitCodes#ENVIRONMENT}. */
  int environment(String message, Throwable cause) {
    print(message, cause);
    return ExitCodes.ENVIRONMENT;
  }

  /** A failure nobody anticipated, reported as {@code Class: message}: exit {@value ExitCodes#ENVIRONMENT}. */
  int unexpected(Throwable e) {
    return environment(e.getClass().getName() + ": " + e.getMessage(), e);
  }

  /**
   * The first line of {@code name: message}, prefixed with the command's name. A line longer than
   * {@value #MAX_LINE_CHARS} characters (a value nobody cut to an {@link dev.produce.model.Excerpt}, e.g.
   * an unknown option picocli quotes) is cut there and says how long it was.
   */
  static String line(CommandLine commandLine, String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    String first = newline < 0 ? text : text.substring(0, newline).strip();
    if (first.length() > MAX_LINE_CHARS) {
      first = first.substring(0, MAX_LINE_CHARS) + "… (" + first.length() + " characters)";
    }
    return commandLine.getCommandSpec().qualifiedName() + ": " + first;
  }

  /** {@code Try 'produce-compile --help' for more information.} */
  static String hint(CommandLine commandLine) {
    return "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.";
  }

  /** Why an I/O operation failed, in words: {@code permission denied: /srv/bundle}. */
  static String describe(IOException e) {
    if (e instanceof FileSystemException fse) {
      String path = fse.getFile() == null ? "" : ": " + fse.getFile();
      String what = e instanceof AccessDeniedException ? "permission denied"
          : e instanceof NoSuchFileException ? "no such file or directory"
          : e instanceof FileAlreadyExistsException ? "already exists"
          : e instanceof DirectoryNotEmptyException ? "directory not empty"
          : e instanceof NotDirectoryException ? "not a directory"
          : fse.getReason() != null ? fse.getReason().toLowerCase(java.util.Locale.ROOT)
          : e.getClass().getSimpleName();
      return what + path;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private void print(String message, Throwable cause) {
    PrintWriter err = commandLine.getErr();
    err.println(line(commandLine, message));
    if (stacktrace && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }
}
