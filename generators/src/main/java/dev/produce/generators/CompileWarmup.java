package dev.produce.generators;

import dev.produce.format.profile.ProfileDocument;
import dev.produce.format.profile.ProfileJson;
import dev.produce.generators.meta.ReadmeGenerator;
import dev.produce.generators.meta.Sha256Sums;
import dev.produce.generators.meta.VerificationYmlGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import java.nio.charset.StandardCharsets;

/**
 * A compile's one-time start-up work, begun on a background thread while the main thread is still
 * parsing the command line: the model and Jackson's writer of {@code profile.json} (a profile of the
 * default options computed and written, thrown away), Velocity's engine and parser (every bundle's
 * .verification.yml and README.md templates) and the SHA-256 digest. In a new JVM each costs tens of
 * milliseconds of class loading and first-run code; on a second core they overlap with picocli's
 * ({@code bin/bench-startup}: about 0.1 s of a 0.6 s compile). In this order: the main thread needs
 * the model first, and measured, the templates first made the compile slower (0.68 s against
 * 0.59 s), the whole default bundle too (0.64 s). Nothing here is an output: the main thread
 * computes, renders and writes as before, using what the warm-up has initialised or waiting where the
 * JVM makes it wait (class initialisation), so the bytes written do not depend on it.
 */
public final class CompileWarmup {
  private CompileWarmup() {}

  /** Starts the warm-up on a daemon thread (it never keeps the JVM alive) and returns it. */
  public static Thread start() {
    Thread thread = new Thread(CompileWarmup::run, "produce-compile-warmup");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /**
   * The warm-up itself. A failure is left for the compile to meet and report: it does the same work
   * on its own thread, with its own error handling.
   */
  static void run() {
    try {
      ProfileJson.write(ProfileDocument.of(Profiles.compute(Inputs.builder().build()), "warm-up", "warm-up"));
      Templates.parse(VerificationYmlGenerator.PATH);
      Templates.parse(ReadmeGenerator.PATH);
      Sha256Sums.hex("warm-up".getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException | LinkageError e) {
      // The compile meets the same problem and reports it.
    }
  }
}
