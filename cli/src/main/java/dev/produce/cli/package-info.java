/**
 * The command line: thin Picocli commands ({@code produce-compile}; later {@code produce-verify}
 * and {@code produce-loadtest}) and the jar's entry point {@link dev.produce.cli.Main}.
 *
 * <p>A command turns options into model inputs, calls the model and the generators, and maps every
 * outcome to a documented exit code ({@link dev.produce.cli.ExitCodes}): one short line on stderr
 * per error, a stack trace only with {@code --stacktrace}. Commands print only through their
 * {@code CommandLine}'s {@code getOut()}/{@code getErr()}, so tests capture everything. The sizing
 * arithmetic and the file contents live in {@code model} and {@code generators}, never here.
 */
package dev.produce.cli;
