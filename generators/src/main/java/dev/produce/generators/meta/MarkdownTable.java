package dev.produce.generators.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table, built in Java so that templates print it whole and no cell can
 * break it: {@code |} is escaped and line breaks become spaces.
 */
public final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row; it must have one cell per column. */
  public MarkdownTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /** The table, one line per row, each line ending in LF. */
  public String render() {
    StringBuilder out = new StringBuilder();
    line(out, header);
    line(out, header.stream().map(h -> "---").toList());
    rows.forEach(row -> line(out, row));
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(escape(cell)).append(" |");
    }
    out.append('\n');
  }

  static String escape(String cell) {
    return cell.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
  }
}
