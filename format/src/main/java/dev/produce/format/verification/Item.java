package dev.produce.format.verification;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One entry of a section: a claim ({@code text}) and either the commands that prove it
 * ({@code automatable: true}) or instructions for a human ({@code automatable: false}).
 *
 * @param text        the claim, e.g. {@code Performance optimization configured}
 * @param automatable whether machines check it
 * @param manual      how a human checks it (may be empty); only for non-automatable items
 * @param commands    every command of every level, in file order (empty when not automatable)
 * @param path        YAML path of the item, e.g. {@code produce[0]}; empty for an item built in code
 * @param line        line of the item in its file (1-based); 0 for an item built in code
 */
public record Item(
    String text, boolean automatable, String manual, List<CommandSpec> commands, String path, int line) {

  public Item {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(manual, "manual");
    commands = List.copyOf(commands);
    Objects.requireNonNull(path, "path");
  }

  /** The commands a run at {@code level} runs, in file order. */
  public List<CommandSpec> commandsAt(Level level) {
    return commands.stream().filter(command -> level.runs(command.level())).toList();
  }

  /** The commands a run at {@code level} leaves out, in file order. */
  public List<CommandSpec> commandsBeyond(Level level) {
    return commands.stream().filter(command -> !level.runs(command.level())).toList();
  }

  /**
   * An item built in code to be written: checked by the {@code quick} commands and the
   * {@code thorough} ones (thorough runs quick too); manual when both are empty.
   */
  public Item(String text, List<CommandSpec> quick, List<CommandSpec> thorough) {
    this(text, !quick.isEmpty() || !thorough.isEmpty(), "", Stream.concat(
        quick.stream().map(command -> command.at(Level.QUICK)),
        thorough.stream().map(command -> command.at(Level.THOROUGH))).toList(), "", 0);
  }

  /** An item checked by the quick commands. */
  public static Item quick(String text, List<CommandSpec> commands) {
    return new Item(text, commands, List.of());
  }

  /** An item checked by the thorough commands. */
  public static Item thorough(String text, List<CommandSpec> commands) {
    return new Item(text, List.of(), commands);
  }

  /** An item a person checks (listed as manual by the verifier, never dropped). */
  public static Item manual(String text) {
    return new Item(text, List.of(), List.of());
  }

  /** The commands declared under {@code level} itself, in file order. */
  public List<CommandSpec> declaredAt(Level level) {
    return commands.stream().filter(command -> command.level() == level).toList();
  }
}
