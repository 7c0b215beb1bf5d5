package dev.produce.format.verification;

import dev.produce.model.Excerpt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds a {@link YamlNode} tree to a {@link VerificationSpec}: sections, items, the
 * {@code machine} block and its levels. Commands are bound by {@link CommandBinder}. Every
 * problem goes to the {@link Lint}; binding continues past it so one run reports them all.
 */
final class SpecBinder {

  private final Lint lint;
  private final CommandBinder commands;

  SpecBinder(Lint lint) {
    this.lint = lint;
    this.commands = new CommandBinder(lint);
  }

  /**
   * The spec of a document whose root is {@code root}. A root list (the original design's
   * snippet form) is one section named {@code rootSectionName}.
   */
  VerificationSpec bind(Optional<YamlNode> root, String source, String rootSectionName) {
    List<Section> sections = new ArrayList<>();
    if (root.isEmpty()) {
      lint.at(1, 1, "", "empty file: expected at least one section, e.g. 'produce:' with a list of items");
    } else if (root.get() instanceof YamlMapping mapping) {
      Optional<YamlEntry> version = mapping.entry(VerificationFormat.KEY);
      if (version.isPresent() && !readable(version.get())) {
        return new VerificationSpec(source, sections);
      }
      List<YamlEntry> sectionEntries = mapping.entries().stream()
          .filter(entry -> !entry.key().equals(VerificationFormat.KEY)).toList();
      if (sectionEntries.isEmpty()) {
        lint.at(mapping, "no sections: expected at least one, e.g. 'produce:' with a list of items");
      }
      for (YamlEntry entry : sectionEntries) {
        section(entry.key(), entry.value()).ifPresent(sections::add);
      }
    } else if (root.get() instanceof YamlSequence) {
      section(rootSectionName, root.get()).ifPresent(sections::add);
    } else {
      lint.at(root.get(), "expected sections (e.g. 'produce:' with a list of items), found "
          + root.get().describe());
    }
    return new VerificationSpec(source, sections);
  }

  /**
   * Whether the file's {@code formatVersion} is one this produce reads; when not, one lint error
   * naming the version found and the one supported (a file without the key reads as 1.0).
   */
  private boolean readable(YamlEntry version) {
    if (!(version.value() instanceof YamlScalar scalar)
        || scalar.type() != YamlScalar.Type.STRING && scalar.type() != YamlScalar.Type.FLOAT) {
      lint.at(version.value(), "expected a format version such as '" + VerificationFormat.VERSION + "', found "
          + version.value().describe());
      return false;
    }
    Optional<String> problem = VerificationFormat.VERSION.problemReading(Optional.of(scalar.text()));
    problem.ifPresent(message -> lint.at(version.value(), message));
    return problem.isEmpty();
  }

  private Optional<Section> section(String name, YamlNode node) {
    Optional<YamlSequence> list = lint.nonEmptySequence(node, "items (- text: ... machine: ...)");
    if (list.isEmpty()) {
      return Optional.empty();
    }
    List<Item> items = new ArrayList<>();
    for (YamlNode itemNode : list.get().items()) {
      item(itemNode).ifPresent(items::add);
    }
    return Optional.of(new Section(name, items));
  }

  private Optional<Item> item(YamlNode node) {
    Optional<YamlMapping> found = lint.mapping(node, "an item with text: and machine:");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping item = found.get();
    lint.unknownKeys(item, SpecKeys.ITEM);
    Optional<String> text = required(item, "text")
        .flatMap(value -> lint.nonBlankString(value, "the claim this item proves"));
    Optional<String> manual = item.get("manual")
        .flatMap(value -> lint.nonBlankString(value, "how a human checks this item"));
    Optional<YamlMapping> machine = required(item, "machine")
        .flatMap(value -> lint.mapping(value, "a mapping with automatable: (and checks:)"));
    if (machine.isEmpty()) {
      return Optional.empty();
    }
    lint.unknownKeys(machine.get(), SpecKeys.MACHINE);
    Optional<Boolean> automatable = required(machine.get(), "automatable").flatMap(lint::bool);
    Optional<YamlNode> checks = machine.get().get("checks");
    if (automatable.isEmpty()) {
      return Optional.empty();
    }
    List<CommandSpec> bound = new ArrayList<>();
    if (automatable.get()) {
      item.entry("manual").ifPresent(entry -> lint.atKey(entry, YamlPaths.key(item.path(), "manual"),
          "manual: is for items with automatable: false; this item is checked by its commands"));
      if (checks.isEmpty()) {
        lint.at(machine.get(), "automatable: true needs checks: with at least one level (quick or thorough)");
      } else {
        checks(checks.get(), bound);
      }
    } else if (checks.isPresent()) {
      lint.at(checks.get(), "automatable: false items are never run: remove checks: or set automatable: true");
    }
    if (text.isEmpty() || (automatable.get() && bound.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new Item(text.get(), automatable.get(), manual.orElse(""), bound, item.path(),
        item.line()));
  }

  private void checks(YamlNode node, List<CommandSpec> bound) {
    Optional<YamlMapping> found = lint.mapping(node, "levels (quick:, thorough:) with commands:");
    if (found.isEmpty()) {
      return;
    }
    if (found.get().entries().isEmpty()) {
      lint.at(node, "no levels: expected quick: or thorough: with commands:");
    }
    for (YamlEntry entry : found.get().entries()) {
      String path = YamlPaths.key(node.path(), entry.key());
      Optional<Level> level = Level.parse(entry.key());
      if (level.isEmpty()) {
        lint.atKey(entry, path, "unknown level '" + Excerpt.of(entry.key()) + "'; levels are " + Level.names());
        continue;
      }
      Optional<YamlMapping> levelBlock = lint.mapping(entry.value(), "a mapping with commands:");
      if (levelBlock.isEmpty()) {
        continue;
      }
      lint.unknownKeys(levelBlock.get(), SpecKeys.LEVEL);
      Optional<YamlSequence> list = required(levelBlock.get(), "commands")
          .flatMap(value -> lint.nonEmptySequence(value, "commands (- cmd: ... expect_exit: ...)"));
      if (list.isPresent()) {
        for (YamlNode command : list.get().items()) {
          commands.bind(command, level.get()).ifPresent(bound::add);
        }
      }
    }
  }

  private Optional<YamlNode> required(YamlMapping mapping, String key) {
    Optional<YamlNode> value = mapping.get(key);
    if (value.isEmpty()) {
      lint.at(mapping, "missing required key '" + key + "'");
    }
    return value;
  }
}
