package dev.produce.cli.verify;

import dev.produce.verifier.container.Target;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every target a verification started, closed when this is closed (try-with-resources) or, if
 * the JVM is stopped first (Ctrl-C, SIGTERM), by a shutdown hook: no container outlives the
 * command. Each target is closed once, however many of its owners close it.
 *
 * <pre>{@code
 * try (OpenTargets open = OpenTargets.withShutdownHook(err)) {
 *   Target target = open.start(factory, false);
 *   ...
 * }
 * }</pre>
 */
public final class OpenTargets implements AutoCloseable {

  private final List<TrackedTarget> targets = new ArrayList<>();
  private final PrintWriter err;
  private final Thread hook;
  private volatile boolean stopping;

  private OpenTargets(PrintWriter err, boolean installHook) {
    this.err = Objects.requireNonNull(err, "err");
    this.hook = installHook ? new Thread(this::closeOnShutdown, "produce-verify-cleanup") : null;
    if (hook != null) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  /** Targets closed at {@link #close()} or when the JVM shuts down; messages go to {@code err}. */
  public static OpenTargets withShutdownHook(PrintWriter err) {
    return new OpenTargets(err, true);
  }

  /** Targets closed at {@link #close()} only. */
  public static OpenTargets withoutShutdownHook(PrintWriter err) {
    return new OpenTargets(err, false);
  }

  /** Starts a target with {@code factory} and keeps it to close; the returned target closes once. */
  public Target start(TargetFactory factory, boolean offline) {
    TrackedTarget target = new TrackedTarget(factory.start(offline));
    synchronized (targets) {
      targets.add(target);
    }
    return target;
  }

  /**
   * Whether the JVM is shutting down (Ctrl-C) and the targets are being removed: whatever the
   * run still reports is an artefact of that, not a result, and is not worth printing.
   */
  public boolean stopping() {
    return stopping;
  }

  /** How many targets were started so far. */
  public int started() {
    synchronized (targets) {
      return targets.size();
    }
  }

  /** Closes every target not closed yet, and removes the shutdown hook. */
  @Override
  public void close() {
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook runs (or ran) and closes them too
      }
    }
    closeAll();
  }

  /** What the shutdown hook does: marks the run as stopping, says so, closes every target. */
  void closeOnShutdown() {
    stopping = true;
    long open;
    synchronized (targets) {
      open = targets.stream().filter(target -> !target.closed()).count();
    }
    if (open > 0) {
      err.println("produce-verify: interrupted; removing " + open + (open == 1 ? " container" : " containers"));
      err.flush();
    }
    closeAll();
  }

  private void closeAll() {
    List<TrackedTarget> all;
    synchronized (targets) {
      all = List.copyOf(targets);
    }
    for (TrackedTarget target : all) {
      try {
        target.close();
      } catch (RuntimeException e) {
        err.println("produce-verify: could not remove " + target + ": " + e.getMessage());
        err.flush();
      }
    }
  }
}
