package dev.produce.verifier.check;

import dev.produce.format.verification.CommandSpec;
import dev.produce.format.verification.Level;
import dev.produce.verifier.container.Target;
import java.util.Objects;

/**
 * A command declared for a deeper level than the run's (a {@code thorough} command in a
 * {@code quick} run): listed as {@link Status#SKIPPED} with the level that runs it.
 */
public final class NotAtLevelCheck implements Check {

  private final String section;
  private final String item;
  private final CommandSpec command;
  private final Level runLevel;

  public NotAtLevelCheck(String section, String item, CommandSpec command, Level runLevel) {
    this.section = Objects.requireNonNull(section, "section");
    this.item = Objects.requireNonNull(item, "item");
    this.command = Objects.requireNonNull(command, "command");
    this.runLevel = Objects.requireNonNull(runLevel, "runLevel");
  }

  @Override
  public String section() {
    return section;
  }

  @Override
  public String item() {
    return item;
  }

  @Override
  public CheckResult run(Target target, CheckContext context) {
    return context.secrets().mask(notRun(context.phase(), "level " + command.level().yamlName()
        + " (this run: " + runLevel.yamlName() + ")"));
  }

  @Override
  public CheckResult notRun(Phase phase, String reason) {
    return CheckResult.builder(phase, section, item).level(command.level()).cmd(command.cmd())
        .status(Status.SKIPPED).message("not run: " + reason).build();
  }
}
