package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.render.ProduceVersion;
import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.PhpVersion;
import org.junit.jupiter.api.Test;

/** {@code --help} documents options, defaults, ranges, examples and exit codes; {@code --version} the version. */
class CompileCommandHelpTest {
  @Test
  void help_exits0AndShowsExamplesAndExitCodes() {
    CliRun run = CliRun.compile("--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Usage: produce-compile ")
        .contains("Examples:")
        .contains("  produce-compile --memory 4096 --cache memcache -o bundle/")
        .contains("  produce-compile --memory 16G --performance-only --explain")
        .contains("  produce-compile --archive bundle.tar.gz")
        .contains("Exit codes:");
    assertThat(run.out()).containsPattern("(?m)^ +0 +ok")
        .containsPattern("(?m)^ +1 +checks or a gate failed")
        .containsPattern("(?m)^ +2 +invalid input or usage")
        .containsPattern("(?m)^ +3 +environment: I/O, Docker, missing image");
  }

  @Test
  void help_showsDefaultsAndAcceptedValues() {
    String help = CliRun.compile("--help").out().replaceAll("\\s+", " ");

    assertThat(help)
        .contains("--memory=MB").contains("512 to 1048576").contains("Default: 2048.")
        .contains("--cache=" + CacheBackend.acceptedValues()).contains("Default: redis")
        .contains("--cpus=N").contains("1 to 256").contains("Default: 2.")
        .contains("--php=X.Y").contains(PhpVersion.acceptedValues())
        .contains("Default: the distro's own, 8.4 on debian-13, 8.2 on debian-12")
        .contains("--distro=" + Distro.acceptedValues()).contains("Default: debian-13.")
        .contains("--site-root=DIR").contains("Default: /var/www/drupal.")
        .contains("--fpm-process-mb=MB").contains("16 to 2048 MB").contains("90% of").contains("Default: 64.")
        .contains("-o, --output=DIR").contains("Default: bundle.")
        .contains("--archive=FILE").contains("*.tar.gz or *.tgz")
        .contains("--performance-only").contains("--no-performance").contains("--force").contains("--stacktrace")
        .contains("Without an explicit -o it only prints and writes nothing")
        .contains("--microcache=SECONDS").contains("1 to 600; 0 = off, the default")
        .contains("may see a page up to SECONDS old");
  }

  @Test
  void version_printsProducesVersion() {
    CliRun run = CliRun.compile("--version");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.outLines()).containsExactly("produce " + ProduceVersion.get());
    assertThat(ProduceVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
