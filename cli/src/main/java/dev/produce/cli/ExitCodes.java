package dev.produce.cli;

/** The exit codes of every {@code produce} command, as listed in each command's {@code --help}. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** Checks or a gate failed ({@code produce-verify}, {@code produce-loadtest}). */
  public static final int CHECKS_FAILED = 1;
  /** Invalid input or usage; the message names the option and the accepted values (picocli's default). */
  public static final int USAGE = 2;
  /** The environment failed: I/O, Docker, a missing image. */
  public static final int ENVIRONMENT = 3;

  private ExitCodes() {}
}
