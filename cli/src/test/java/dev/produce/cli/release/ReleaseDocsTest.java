package dev.produce.cli.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release's man pages and bash completion, as {@code dist} writes them. */
class ReleaseDocsTest {
  private static final String[] NAMES = {"produce", "produce-compile", "produce-verify", "produce-loadtest"};

  @TempDir Path dir;

  @Test
  void write_everyCommand_getsAManPageAndACompletionScript() throws IOException {
    ReleaseDocs.write(dir);

    for (String name : NAMES) {
      String page = Files.readString(dir.resolve("man/man1/" + name + ".1"));
      assertThat(page).as(name).startsWith(".TH " + name.toUpperCase().replace("-", "\\-") + " 1 ")
          .contains(".SH NAME\n" + name.replace("-", "\\-") + " \\- ", ".SH OPTIONS", ".SH \"EXIT STATUS\"");
      assertThat(gunzip(Files.readAllBytes(dir.resolve("man-gz/man1/" + name + ".1.gz"))))
          .isEqualTo(page.getBytes(StandardCharsets.UTF_8));
      assertThat(Files.readString(dir.resolve("bash-completion/completions/" + name)))
          .doesNotStartWith("#!").contains("complete -F _complete_" + name + " ");
    }
    assertThat(Files.readString(dir.resolve("man/man1/produce-compile.1")))
        .contains("\\fB\\-\\-memory\\fR=\\fIMB\\fR", "Default: 2048.");
    assertThat(Files.readString(dir.resolve("man/man1/produce.1")))
        .contains(".SH COMMANDS\n.TP\n.B compile\n", ".B verify\n", ".B loadtest\n");
  }

  @Test
  void write_twice_givesTheSameBytes(@TempDir Path again) throws IOException {
    ReleaseDocs.write(dir);
    ReleaseDocs.write(again);

    for (String name : NAMES) {
      assertThat(again.resolve("man-gz/man1/" + name + ".1.gz")).hasSameBinaryContentAs(dir.resolve("man-gz/man1/" + name + ".1.gz"));
      assertThat(again.resolve("bash-completion/completions/" + name))
          .hasSameBinaryContentAs(dir.resolve("bash-completion/completions/" + name));
    }
  }

  @Test
  void gzip_headerSaysMaximumCompressionAndUnix_withoutNameOrTime() throws IOException {
    byte[] text = "produce (0.1.0) unstable; urgency=medium\n".repeat(50).getBytes(StandardCharsets.UTF_8);

    byte[] gz = ReleaseDocs.gzip(text);

    assertThat(gunzip(gz)).isEqualTo(text);
    assertThat(new byte[] {gz[3], gz[4], gz[5], gz[6], gz[7], gz[8], gz[9]}).containsExactly(0, 0, 0, 0, 0, 2, 3);
  }

  @Test
  void completion_produceCom_completesToCompile() throws Exception {
    ReleaseDocs.write(dir);
    Path script = dir.resolve("bash-completion/completions/produce");

    String compgen = complete(script, "produce com");
    String options = complete(script, "produce compile --mem");

    assertThat(compgen).isEqualTo("compile");
    assertThat(options).isEqualTo("--memory");
  }

  /** What bash's completion of {@code line} (cursor at its end) offers, with {@code script} sourced. */
  private static String complete(Path script, String line) throws Exception {
    Process bash = new ProcessBuilder("bash", "-c",
        "source \"$1\"; read -ra COMP_WORDS <<< \"$2\"; COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ));"
            + " COMP_LINE=\"$2\"; COMP_POINT=${#2}; _complete_produce 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"",
        "bash", script.toString(), line)
        .redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
