package dev.produce.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.model.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report directory: never written into when it holds something else; replaced whole. */
class ReportDirectoryTest {
  @TempDir Path tmp;

  @Test
  void checkWritable_missingOrEmptyDirectory_isFine() throws Exception {
    assertThatCode(() -> ReportDirectory.checkWritable(tmp.resolve("new"), false)).doesNotThrowAnyException();
    Files.createDirectory(tmp.resolve("empty"));
    assertThatCode(() -> ReportDirectory.checkWritable(tmp.resolve("empty"), false)).doesNotThrowAnyException();
  }

  @Test
  void checkWritable_foreignDirectory_isRefusedEvenWithForce() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("src"));
    Files.writeString(dir.resolve("Main.java"), "class Main {}");

    assertThatThrownBy(() -> ReportDirectory.checkWritable(dir, true)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--out: ").hasMessageContaining("holds no previous report");
  }

  @Test
  void checkWritable_previousReport_needsForce() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("report"));
    Files.writeString(dir.resolve("summary.json"), "{}");

    assertThatThrownBy(() -> ReportDirectory.checkWritable(dir, false)).hasMessageContaining("add --force");
    assertThatCode(() -> ReportDirectory.checkWritable(dir, true)).doesNotThrowAnyException();
  }

  @Test
  void checkWritable_aFile_isRefused() throws Exception {
    Path file = Files.writeString(tmp.resolve("report"), "x");

    assertThatThrownBy(() -> ReportDirectory.checkWritable(file, true)).hasMessageContaining("is a file");
  }

  @Test
  void publish_replacesThePreviousReportWithTheWorkDirectory() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("report"));
    Files.writeString(out.resolve("summary.json"), "old");
    Files.writeString(out.resolve("stale.txt"), "old");
    Path work = ReportDirectory.createWork(out);
    Files.writeString(work.resolve("summary.json"), "new");
    Files.createDirectories(work.resolve(".gatling/gatling-1"));

    ReportDirectory.publish(work, out);

    assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo("new");
    assertThat(out.resolve("stale.txt")).doesNotExist();
    assertThat(out.resolve(".gatling")).doesNotExist();
    assertThat(work).doesNotExist();
  }
}
