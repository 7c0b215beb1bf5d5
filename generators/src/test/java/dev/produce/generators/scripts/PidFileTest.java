package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * services.sh reads a pid file only as a regular file through a checked descriptor: a pid file (or
 * its directory) may belong to the daemon's user, who could point it at a device or at another
 * file. The processes carry a name of their own ({@code pidtest}, a copy of sleep).
 */
class PidFileTest {
  @TempDir
  Path temp;
  private SourcedLibraries libraries;

  @BeforeEach
  void writeBundle() throws Exception {
    Path bundle = WrittenBundle.write(ScriptTestProfiles.redis().profile(), temp);
    libraries = new SourcedLibraries(bundle);
    Files.copy(Path.of("/bin/sleep"), bundle.resolve("pidtest"));
  }

  @Test
  void processOf_readsARegularPidFile_andIgnoresLinksAndDevices() throws Exception {
    Shell result = libraries.run("./pidtest 30 & older=$!\n"
        + "sleep 0.05\n"
        + "./pidtest 30 & newer=$!\n"
        + "printf '%s\\n' \"$newer\" > regular.pid\n"
        + "ln -s regular.pid linked.pid\n"
        + "ln -s /dev/zero endless.pid\n"
        + "[ \"$(process_of regular.pid pidtest)\" = \"$newer\" ] && echo regular-file-read\n"
        + "[ \"$(process_of linked.pid pidtest)\" = \"$older\" ] && echo link-ignored\n"
        + "[ \"$(timeout 10 bash -c 'source scripts/lib/files.sh; source scripts/lib/services.sh;"
        + " process_of endless.pid pidtest')\" = \"$older\" ] && echo device-ignored\n"
        + "kill \"$older\" \"$newer\"\n");

    assertThat(result.output().lines()).containsExactly("regular-file-read", "link-ignored", "device-ignored");
  }
}
