package dev.produce.verifier.check;

import dev.produce.verifier.container.Target;

/**
 * One declared check. Each type of check is a class that knows how to run itself on a
 * {@link Target} and judge the outcome; every run yields one flat {@link CheckResult}.
 */
public interface Check {

  /** The section it is declared in. */
  String section();

  /** The text of the item it belongs to. */
  String item();

  /**
   * Runs the check. Never throws for a check that fails; a target that cannot run it gives an
   * {@link Status#ERROR} result.
   */
  CheckResult run(Target target, CheckContext context);

  /** The result of not running it, because of {@code reason}: {@link Status#SKIPPED}. */
  CheckResult notRun(Phase phase, String reason);
}
