package dev.produce.verifier.check;

import dev.produce.format.verification.CommandSpec;
import dev.produce.format.verification.Item;
import dev.produce.format.verification.Level;
import dev.produce.format.verification.Section;
import dev.produce.format.verification.VerificationSpec;
import java.util.ArrayList;
import java.util.List;

/** The checks a spec declares, in file order, for a run at one level. */
public final class CheckPlan {

  private CheckPlan() {}

  /**
   * Everything the spec declares: a {@link CommandCheck} per command the level runs, a
   * {@link NotAtLevelCheck} per command of a deeper level and a {@link ManualCheck} per
   * non-automatable item.
   */
  public static List<Check> of(VerificationSpec spec, Level level) {
    List<Check> checks = new ArrayList<>();
    for (Section section : spec.sections()) {
      for (Item item : section.items()) {
        if (!item.automatable()) {
          checks.add(new ManualCheck(section.name(), item));
          continue;
        }
        for (CommandSpec command : item.commands()) {
          checks.add(level.runs(command.level())
              ? new CommandCheck(section.name(), item.text(), command)
              : new NotAtLevelCheck(section.name(), item.text(), command, level));
        }
      }
    }
    return checks;
  }

  /** Only the commands the level runs, in file order (what the offline phase re-runs). */
  public static List<Check> commandsAt(VerificationSpec spec, Level level) {
    return of(spec, level).stream().filter(CommandCheck.class::isInstance).toList();
  }
}
