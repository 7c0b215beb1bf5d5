package dev.produce.cli.release;

import dev.produce.cli.Main;
import dev.produce.cli.ProduceVersionProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes a release's manual pages and bash completion for {@code produce} and the three
 * {@code produce-*} commands under {@code DIR}: {@code man/man1/NAME.1}, the same pages compressed
 * as Debian wants them ({@code man-gz/man1/NAME.1.gz}, maximum compression, no name or time
 * recorded) and {@code bash-completion/completions/NAME} (bash-completion loads a command's file by
 * the command's name). Run by the {@code dist} module: {@code java … ReleaseDocs DIR}.
 */
public final class ReleaseDocs {
  private ReleaseDocs() {}

  public static void main(String... args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ReleaseDocs DIR");
    }
    write(Path.of(args[0]));
  }

  /** The commands a release installs, by name: {@code produce}, {@code produce-compile}, … */
  public static Map<String, CommandLine> commands() {
    Map<String, CommandLine> commands = new LinkedHashMap<>();
    commands.put("produce", Main.produceCommandLine());
    for (String word : Main.commandNames()) {
      commands.put("produce-" + word, Main.command(word));
    }
    return commands;
  }

  /** Writes every page and completion script under {@code dir}. */
  public static void write(Path dir) throws IOException {
    String version = new ProduceVersionProvider().getVersion()[0];
    Map<String, CommandLine> commands = commands();
    for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
      String name = command.getKey();
      List<String> others = new ArrayList<>(commands.keySet());
      others.remove(name);
      String page = new ManPage(command.getValue().getCommandSpec(), name, version, others).render();
      byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
      writeFile(dir.resolve("man/man1/" + name + ".1"), bytes);
      writeFile(dir.resolve("man-gz/man1/" + name + ".1.gz"), gzip(bytes));
      writeFile(dir.resolve("bash-completion/completions/" + name),
          AutoComplete.bash(name, command.getValue()).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void writeFile(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  /** gzip at level 9 without a file name or time, as {@code gzip -9n} writes it. */
  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }
}
