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
import java.util.zip.CRC32;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes a release's manual pages and bash completion for {@code produce} and the three
 * {@code produce-*} commands under {@code DIR}: {@code man/man1/NAME.1}, the same pages compressed
 * as Debian wants them ({@code man-gz/man1/NAME.1.gz}, maximum compression, no name or time
 * recorded) and {@code bash-completion/completions/NAME} (bash-completion loads a command's file by
 * the command's name). Each further {@code FILE} is written compressed the same way to
 * {@code doc-gz/NAME.gz} (Debian's {@code /usr/share/doc/produce/}). Run by the {@code dist} module:
 * {@code java … ReleaseDocs DIR [FILE …]}.
 */
public final class ReleaseDocs {
  /** ID1 ID2, CM deflate, FLG none, MTIME 0, XFL 2 (maximum compression), OS 3 (Unix). */
  private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, 3};

  private ReleaseDocs() {}

  public static void main(String... args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: ReleaseDocs DIR [FILE ...]");
    }
    Path dir = Path.of(args[0]);
    write(dir);
    for (int i = 1; i < args.length; i++) {
      Path file = Path.of(args[i]);
      writeFile(dir.resolve("doc-gz/" + file.getFileName() + ".gz"), gzip(Files.readAllBytes(file)));
    }
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
          completion(name, command.getValue()).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void writeFile(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  /**
   * gzip at level 9 without a file name or time, byte for byte as {@code gzip -9n} writes it: the header
   * says "maximum compression" (XFL 2) and "Unix" (OS 3), which lintian checks.
   */
  static byte[] gzip(byte[] bytes) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(bytes);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(GZIP_HEADER);
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    writeLittleEndian(out, crc.getValue());
    writeLittleEndian(out, bytes.length & 0xffffffffL);
    return out.toByteArray();
  }

  private static void writeLittleEndian(ByteArrayOutputStream out, long value) {
    for (int i = 0; i < 4; i++) {
      out.write((int) (value >>> (8 * i)) & 0xff);
    }
  }

  /** Bash completion as bash-completion sources it: without the {@code #!} line Picocli starts it with. */
  static String completion(String name, CommandLine commandLine) {
    String script = AutoComplete.bash(name, commandLine);
    return script.startsWith("#!") ? script.substring(script.indexOf('\n') + 1) : script;
  }
}
