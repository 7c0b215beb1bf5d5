package dev.produce.verifier.check;

import java.util.List;
import java.util.stream.Collectors;

/** The exit code is one of the accepted ones ({@code expect_exit: 0} or {@code [0, 1]}). */
public final class ExitCodeMatcher {

  private final List<Integer> accepted;

  /** Accepts any of {@code accepted}; an empty list accepts every exit code. */
  public ExitCodeMatcher(List<Integer> accepted) {
    this.accepted = List.copyOf(accepted);
  }

  /** Whether the exit code is checked at all. */
  public boolean checks() {
    return !accepted.isEmpty();
  }

  public boolean matches(int exitCode) {
    return accepted.isEmpty() || accepted.contains(exitCode);
  }

  /** {@code exit 0}, {@code exit 0 or 1}, {@code exit 0, 1 or 2}; empty when not checked. */
  public String describe() {
    if (accepted.isEmpty()) {
      return "";
    }
    if (accepted.size() == 1) {
      return "exit " + accepted.get(0);
    }
    String head = accepted.subList(0, accepted.size() - 1).stream().map(String::valueOf)
        .collect(Collectors.joining(", "));
    return "exit " + head + " or " + accepted.get(accepted.size() - 1);
  }
}
