package dev.produce.format.verification;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a section: a claim ({@code text}) and either the commands that prove it
 * ({@code automatable: true}) or instructions for a human ({@code automatable: false}).
 *
 * @param text        the claim, e.g. {@code Performance optimization configured}
 * @param automatable whether machines check it
 * @param manual      how a human checks it (may be empty); only for non-automatable items
 * @param commands    every command of every level, in file order (empty when not automatable)
 * @param path        YAML path of the item, e.g. {@code produce[0]}
 * @param line        line of the item in its file (1-based)
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
}
