package dev.produce.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Debian package passes Debian's own package checker: {@code lintian --fail-on error} on
 * {@code target/produce_VERSION_all.deb} exits 0 and reports no error tag (warnings are allowed and
 * printed). {@code bin/test} installs Debian's {@code lintian} where it is missing.
 */
class DebLintianIT {
  private static final long TIMEOUT_MINUTES = 5;

  @Test
  void deb_lintian_reportsNoErrors() throws IOException, InterruptedException {
    Process lintian;
    try {
      lintian = new ProcessBuilder(List.of("lintian", "--fail-on", "error", Release.deb().toString()))
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("lintian is not installed (apt-get install lintian; bin/test installs it)", e);
    }
    String report = new String(lintian.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lintian.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)).as("lintian finished").isTrue();
    System.out.println("lintian " + Release.deb().getFileName() + ":\n" + report);

    assertThat(report.lines()).as("lintian's report").noneMatch(line -> line.startsWith("E: "));
    assertThat(lintian.exitValue()).as("lintian --fail-on error: %s", report).isZero();
  }
}
