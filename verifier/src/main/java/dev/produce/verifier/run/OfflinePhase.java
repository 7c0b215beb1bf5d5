package dev.produce.verifier.run;

import dev.produce.verifier.check.Check;
import dev.produce.verifier.check.CheckContext;
import dev.produce.verifier.check.CheckPlan;
import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Status;
import dev.produce.format.verification.Level;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Proves the bundle needs no network: on a second, fresh target without network (started by
 * the {@link TargetLauncher}) it copies the bundle in, applies it and runs the quick checks.
 */
final class OfflinePhase {

  static final String ITEM = "offline: ./produce exits 0 on a target with no network";

  private OfflinePhase() {}

  static void run(RunSettings settings, Map<String, String> evidence, Consumer<CheckResult> record) {
    List<Check> quick = CheckPlan.commandsAt(settings.spec(), Level.QUICK);
    Target target;
    try {
      target = settings.offline().launch();
    } catch (TargetException e) {
      record.accept(CheckResult.builder(Phase.OFFLINE, CheckResult.BUILT_IN_SECTION, ITEM)
          .cmd(ApplyPhase.COMMAND).expected("exit 0").status(Status.ERROR)
          .message("cannot start a target without network: " + e.getMessage()).build());
      quick.forEach(check -> record.accept(check.notRun(Phase.OFFLINE, "no target without network")));
      return;
    }
    try {
      CheckResult applied = ApplyPhase.run(target, settings, Phase.OFFLINE, ITEM, evidence, "offline-apply.log");
      record.accept(applied);
      String skip = applied.status() == Status.PASSED ? null : "the offline apply did not pass";
      CheckContext context = new CheckContext(settings.bundleRoot(), Phase.OFFLINE, settings.secrets());
      for (Check check : quick) {
        if (skip != null) {
          record.accept(check.notRun(Phase.OFFLINE, skip));
          continue;
        }
        CheckResult result = check.run(target, context);
        record.accept(result);
        if (result.status() == Status.ERROR) {
          skip = "the target without network failed in an earlier check";
        }
      }
    } finally {
      close(target);
    }
  }

  private static void close(Target target) {
    if (target instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // the results stand; a container that did not stop is removed by bin/test's cleanup
      }
    }
  }
}
