package dev.produce.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.cli.Main;
import dev.produce.generators.render.ProduceVersion;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release on a fresh Debian machine of one release ({@link #suite()}): a container of the bare
 * image (no Java, no Maven) where {@code apt-get install ./produce_VERSION_all.deb} pulls the Java
 * runtime from Debian's mirror; then the installed commands and the unpacked tarball each compile the
 * same bundle, byte for byte, as the source build. One container per release, shared by its tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReleaseInstallIT {
  private static final String RELEASE_DIR = "/tmp/release";
  private static final String WORK_DIR = "/root/work";
  private static final String[] COMPILE = {"--memory", "4096", "--cache", "memcache", "-o", "bundle/"};
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);

  private ContainerTarget machine;
  private Map<String, String> sourceBuild;

  /** The Debian release of the machine. */
  abstract Images.Suite suite();

  @BeforeAll
  void installTheDeb(@TempDir Path dir) throws IOException {
    Path release = Files.createDirectories(dir.resolve("release"));
    Files.copy(Release.deb(), release.resolve(Release.deb().getFileName()));
    Files.copy(Release.tarball(), release.resolve(Release.tarball().getFileName()));
    sourceBuild = sourceBuild(dir.resolve("source"));

    machine = ContainerTarget.of(Images.bare(suite())).start();
    machine.copyIn(release, RELEASE_DIR);
    ExecResult install = sh(INSTALL_TIMEOUT, "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q"
        + " --no-install-recommends " + RELEASE_DIR + "/" + Release.deb().getFileName()
        + " && mkdir -p " + WORK_DIR);
    assertThat(install.exitCode()).as("apt-get install ./%s on %s: %s", Release.deb().getFileName(), suite(),
        install.stderr()).isZero();
  }

  @AfterAll
  void removeTheMachine() {
    if (machine != null) {
      machine.close();
    }
  }

  @Test
  void deb_compile_writesTheSourceBuildsBytes_withoutMaven() {
    assertThat(sh("command -v mvn || echo none").stdout().strip()).isEqualTo("none");

    ExecResult compile = sh("cd " + WORK_DIR + " && rm -rf bundle && produce-compile " + String.join(" ", COMPILE));

    assertThat(compile.exitCode()).as("produce-compile: %s", compile.stderr()).isZero();
    assertThat(bundleSums(WORK_DIR + "/bundle")).isEqualTo(sourceBuild);
  }

  @Test
  void deb_produceVersionAndHelp_work() {
    ExecResult version = sh("produce --version");
    ExecResult help = sh("cd / && produce help compile");

    assertThat(version.stdout().strip()).isEqualTo("produce " + ProduceVersion.get());
    assertThat(help.exitCode()).isZero();
    assertThat(help.stdout()).startsWith("Usage: produce compile ");
  }

  @Test
  void deb_bashCompletion_completesCommandsAndOptions() {
    String complete = "source /usr/share/bash-completion/completions/produce;"
        + " COMP_WORDS=(produce co); COMP_CWORD=1; COMP_LINE='produce co'; COMP_POINT=10;"
        + " _complete_produce 2>/dev/null; echo \"${COMPREPLY[*]}\"";
    String options = "source /usr/share/bash-completion/completions/produce-compile;"
        + " COMP_WORDS=(produce-compile --cac); COMP_CWORD=1; COMP_LINE='produce-compile --cac'; COMP_POINT=21;"
        + " _complete_produce-compile 2>/dev/null; echo \"${COMPREPLY[*]}\"";

    assertThat(bash(complete).stdout().strip()).isEqualTo("compile");
    assertThat(bash(options).stdout().strip()).isEqualTo("--cache");
    assertThat(sh("dpkg -L produce").stdout()).contains("/usr/share/man/man1/produce-compile.1.gz",
        "/usr/bin/produce-verify", "/usr/share/doc/produce/copyright");
  }

  @Test
  void tarball_unpackedAnywhere_compilesTheSourceBuildsBytes() {
    ExecResult compile = sh("mkdir -p /opt/elsewhere /srv/out && tar xzf " + RELEASE_DIR + "/"
        + Release.tarball().getFileName() + " -C /opt/elsewhere && cd /srv/out && rm -rf bundle"
        + " && /opt/elsewhere/produce-" + ProduceVersion.get() + "/bin/produce compile " + String.join(" ", COMPILE));

    assertThat(compile.exitCode()).as("tarball's produce compile: %s", compile.stderr()).isZero();
    assertThat(bundleSums("/srv/out/bundle")).isEqualTo(sourceBuild);
    assertThat(sh("/opt/elsewhere/produce-" + ProduceVersion.get() + "/bin/produce-compile --version").stdout().strip())
        .isEqualTo("produce " + ProduceVersion.get());
  }

  private ExecResult sh(String script) {
    return sh(Duration.ofMinutes(2), script);
  }

  private ExecResult sh(Duration timeout, String script) {
    return machine.execIn("/", timeout, "sh", "-c", script);
  }

  private ExecResult bash(String script) {
    return machine.execIn("/", Duration.ofMinutes(1), "bash", "-c", script);
  }

  /** {@code relative path → SHA-256} of every file of the bundle at {@code dir} in the machine. */
  private Map<String, String> bundleSums(String dir) {
    ExecResult sums = sh("cd " + dir + " && find . -type f | LC_ALL=C sort | xargs sha256sum");
    assertThat(sums.exitCode()).as("sha256sum: %s", sums.stderr()).isZero();
    Map<String, String> files = new TreeMap<>();
    sums.stdout().lines().forEach(line -> files.put(line.substring(line.indexOf("  ./") + 4), line.substring(0, 64)));
    return files;
  }

  /** The same compile by this checkout's own build (the cli module's command, in this JVM). */
  private static Map<String, String> sourceBuild(Path dir) {
    String[] args = COMPILE.clone();
    args[args.length - 1] = dir.toString();
    assertThat(Main.command("compile").execute(args)).isZero();
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> tree = Files.walk(dir)) {
      for (Path file : tree.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString(), HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }
}
