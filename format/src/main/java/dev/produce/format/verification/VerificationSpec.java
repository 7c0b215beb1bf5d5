package dev.produce.format.verification;

import java.util.List;
import java.util.Objects;

/**
 * A loaded, lint-free {@code .verification.yml}.
 *
 * @param source   where it was read from (a file name), for messages
 * @param sections its sections, in file order
 */
public record VerificationSpec(String source, List<Section> sections) {

  public VerificationSpec {
    Objects.requireNonNull(source, "source");
    sections = List.copyOf(sections);
  }

  /** Number of commands a run at {@code level} runs. */
  public int commandCount(Level level) {
    return sections.stream().flatMap(section -> section.items().stream())
        .mapToInt(item -> item.commandsAt(level).size()).sum();
  }
}
