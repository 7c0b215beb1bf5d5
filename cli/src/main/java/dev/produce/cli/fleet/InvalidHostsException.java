package dev.produce.cli.fleet;

import java.util.List;

/**
 * Hosts whose {@code produce_*} variables the compile refuses: one line per host, naming the host and
 * the variable ({@code web-07: produce_memory: must be between 512 and 1048576 MB …}). Nothing is
 * written when any host is refused.
 */
public final class InvalidHostsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most host lines kept; the rest are counted. */
  public static final int MAX_LINES = 20;

  private final List<String> lines;

  public InvalidHostsException(List<String> lines) {
    super(lines.get(0));
    List<String> kept = lines.size() <= MAX_LINES ? lines : new java.util.ArrayList<>(lines.subList(0, MAX_LINES));
    if (lines.size() > MAX_LINES) {
      kept.add("… and " + (lines.size() - MAX_LINES) + " more refused hosts");
    }
    this.lines = List.copyOf(kept);
  }

  /** One line per refused host, in inventory order. */
  public List<String> lines() {
    return lines;
  }
}
