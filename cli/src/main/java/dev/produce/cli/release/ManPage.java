package dev.produce.cli.release;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * One command's manual page in troff ({@code man 7 man}), from its Picocli model: NAME, SYNOPSIS,
 * DESCRIPTION, COMMANDS (for {@code produce}), ARGUMENTS, OPTIONS, EXIT STATUS, EXAMPLES, SEE ALSO.
 * Without a date, so the same commands give the same bytes.
 */
public final class ManPage {
  private final CommandSpec spec;
  private final String name;
  private final String version;
  private final List<String> seeAlso;

  /**
   * @param spec the command
   * @param name the name the page is for, e.g. {@code produce-compile} (a subcommand's spec calls itself {@code compile})
   * @param version e.g. {@code produce 0.1.0}
   * @param seeAlso the other pages, e.g. {@code produce}
   */
  public ManPage(CommandSpec spec, String name, String version, List<String> seeAlso) {
    this.spec = spec;
    this.name = name;
    this.version = version;
    this.seeAlso = seeAlso;
  }

  /** The page's troff source. */
  public String render() {
    StringBuilder page = new StringBuilder();
    page.append(".TH ").append(escape(name.toUpperCase(java.util.Locale.ROOT))).append(" 1 \"\" \"")
        .append(escape(version)).append("\" \"produce manual\"\n");
    page.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(firstSentence())).append('\n');
    page.append(".SH SYNOPSIS\n.nf\n").append(escapeLines(synopsis())).append(".fi\n");
    page.append(".SH DESCRIPTION\n");
    for (String paragraph : spec.usageMessage().description()) {
      if (!paragraph.isBlank()) {
        page.append(".PP\n").append(escapeLines(format(paragraph)));
      }
    }
    Map<String, CommandLine> subcommands = spec.subcommands();
    if (!subcommands.isEmpty()) {
      page.append(".SH COMMANDS\n");
      subcommands.forEach((word, subcommand) -> page.append(".TP\n.B ").append(escape(word)).append('\n')
          .append(escapeLines(firstParagraph(subcommand.getCommandSpec()))));
    }
    List<PositionalParamSpec> parameters = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
    if (!parameters.isEmpty()) {
      page.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec parameter : parameters) {
        page.append(".TP\n.I ").append(escape(parameter.paramLabel())).append('\n')
            .append(escapeLines(format(String.join(" ", parameter.description()))));
      }
    }
    page.append(".SH OPTIONS\n");
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        page.append(".TP\n").append(optionLine(option)).append('\n')
            .append(escapeLines(format(String.join(" ", option.description()))));
      }
    }
    Map<String, String> exitCodes = spec.usageMessage().exitCodeList();
    if (!exitCodes.isEmpty()) {
      page.append(".SH \"EXIT STATUS\"\n");
      exitCodes.forEach((code, meaning) -> page.append(".TP\n.B ").append(escape(code.strip())).append('\n')
          .append(escapeLines(format(meaning))));
    }
    String[] footer = spec.usageMessage().footer();
    if (footer.length > 0) {
      page.append(".SH EXAMPLES\n.nf\n");
      for (String line : footer) {
        page.append(escapeLines(format(line).strip()));
      }
      page.append(".fi\n");
    }
    if (!seeAlso.isEmpty()) {
      page.append(".SH \"SEE ALSO\"\n").append(String.join(",\n",
          seeAlso.stream().map(other -> ".BR " + escape(other) + " (1)").toList())).append('\n');
    }
    return page.toString();
  }

  private String synopsis() {
    String text = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).strip();
    String qualified = spec.qualifiedName();
    return (text.startsWith(qualified) ? name + text.substring(qualified.length()) : text) + "\n";
  }

  private String firstSentence() {
    String first = firstParagraph(spec).strip();
    int end = first.indexOf(": ");
    int stop = first.indexOf(". ");
    int cut = end < 0 ? stop : stop < 0 ? end : Math.min(end, stop);
    return cut < 0 ? first : first.substring(0, cut);
  }

  private static String firstParagraph(CommandSpec command) {
    String[] description = command.usageMessage().description();
    return description.length == 0 ? "" : format(description[0]);
  }

  private static String optionLine(OptionSpec option) {
    StringBuilder line = new StringBuilder();
    for (String optionName : option.names()) {
      if (line.length() > 0) {
        line.append(", ");
      }
      line.append("\\fB").append(escape(optionName)).append("\\fR");
      if (option.arity().max() > 0) {
        line.append(optionName.startsWith("--") ? "=" : " ").append("\\fI").append(escape(option.paramLabel())).append("\\fR");
      }
    }
    return line.toString();
  }

  /** A Picocli text: its {@code %n} line breaks and {@code %%} signs as printed. */
  private static String format(String text) {
    return text.replace("%n", "\n").replace("%%", "%");
  }

  /** Each line escaped, a {@code \&} before a line that would start with a control character. */
  private static String escapeLines(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      String escaped = escape(line);
      out.append(escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" : "").append(escaped).append('\n');
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\e").replace("-", "\\-");
  }
}
