package dev.produce.verifier.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.TargetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTargetTest {

  @TempDir
  Path dir;

  @Test
  void execIn_runsInTheDirectory_withExtraEnvironment_andSeparateStreams() {
    LocalTarget target = new LocalTarget(Map.of("GREETING", "hello"));

    ExecResult result = target.execIn(dir.toString(), Duration.ofSeconds(10), "bash", "-c",
        "echo \"$GREETING from $PWD\"; echo oops >&2; exit 4");

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.stdout()).isEqualTo("hello from " + dir + "\n");
    assertThat(result.stderr()).isEqualTo("oops\n");
  }

  @Test
  void execIn_killsTheCommandAndItsChildren_onTimeout() throws Exception {
    LocalTarget target = new LocalTarget();

    ExecResult result = target.execIn(dir.toString(), Duration.ofMillis(300), "bash", "-c",
        "sleep 30 & echo $! > child.pid; wait");

    assertThat(result.timedOut()).isTrue();
    assertThat(result.stderr()).contains("timed out after 300 ms");
    long child = Long.parseLong(Files.readString(dir.resolve("child.pid")).strip());
    for (int i = 0; i < 50 && ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false); i++) {
      Thread.sleep(100);
    }
    assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).as("child sleep killed").isFalse();
  }

  @Test
  void execIn_missingDirectory_isATargetFailure() {
    assertThatThrownBy(() -> new LocalTarget().execIn(dir.resolve("nope").toString(), Duration.ofSeconds(5), "true"))
        .isInstanceOf(TargetException.class).hasMessageContaining("cannot run true in ");
  }

  @Test
  void copyIn_copiesRecursively_keepingTheExecutableBit() throws IOException {
    Path source = Files.createDirectories(dir.resolve("src/scripts"));
    Files.writeString(source.resolve("run.sh"), "#!/bin/sh\necho ran\n");
    Files.setPosixFilePermissions(source.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
    LocalTarget target = new LocalTarget();

    target.copyIn(dir.resolve("src"), dir.resolve("dest").toString());

    assertThat(target.execIn(dir.resolve("dest").toString(), Duration.ofSeconds(5), "./scripts/run.sh").stdout())
        .isEqualTo("ran\n");
    assertThat(target.readFile(dir.resolve("dest/scripts/run.sh").toString())).startsWith("#!/bin/sh");
    target.copyIn(dir.resolve("src"), dir.resolve("src").toString());
    target.copyOut(dir.resolve("dest/scripts/run.sh").toString(), dir.resolve("out/run.sh"));
    assertThat(dir.resolve("out/run.sh")).hasContent("#!/bin/sh\necho ran");
  }

  @Test
  void readFile_missing_isATargetFailure() {
    assertThatThrownBy(() -> new LocalTarget().readFile(dir.resolve("missing").toString()))
        .isInstanceOf(TargetException.class);
  }
}
