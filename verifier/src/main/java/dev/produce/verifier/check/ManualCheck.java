package dev.produce.verifier.check;

import dev.produce.format.verification.Item;
import dev.produce.verifier.container.Target;
import java.util.Objects;

/**
 * An item with {@code automatable: false}: a human checks it. It is listed in every report as
 * {@link Status#MANUAL} with its instructions, never run and never dropped.
 */
public final class ManualCheck implements Check {

  private final String section;
  private final Item item;

  public ManualCheck(String section, Item item) {
    this.section = Objects.requireNonNull(section, "section");
    this.item = Objects.requireNonNull(item, "item");
  }

  @Override
  public String section() {
    return section;
  }

  @Override
  public String item() {
    return item.text();
  }

  /** The instructions: {@code manual:} when given, else the item's text. */
  public String instructions() {
    return item.manual().isEmpty() ? item.text() : item.manual();
  }

  @Override
  public CheckResult run(Target target, CheckContext context) {
    return context.secrets().mask(CheckResult.builder(context.phase(), section, item.text())
        .status(Status.MANUAL)
        .expected(instructions())
        .message("manual: " + instructions())
        .build());
  }

  @Override
  public CheckResult notRun(Phase phase, String reason) {
    return CheckResult.builder(phase, section, item.text()).status(Status.MANUAL)
        .expected(instructions()).message("manual: " + instructions()).build();
  }
}
