package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.cli.convert.LoadDurationConverter;
import dev.produce.cli.convert.PercentConverter;
import dev.produce.cli.convert.TargetUrlConverter;
import dev.produce.cli.convert.WarmupConverter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** produce-loadtest's help and the forms its options accept. */
class LoadtestCommandHelpTest {

  @Test
  void help_listsEveryOptionAndTheExitCodes() {
    LoadtestRun run = LoadtestRun.loadtest("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: produce-loadtest").contains("[BUNDLE]").contains("--out=DIR")
        .contains("--duration=TIME").contains("--users=N").contains("--warmup=TIME")
        .contains("--gate-ttfb-reduction=PCT").contains("--target-url=URL").contains("--force")
        .contains("--rates=PCT[,PCT...]").contains("50 % and 80 %").contains("--pairs=N").contains("--site-cpus=N").contains("--twins").contains("--control")
        .contains("--caches=STATE").contains("Default: filled.")
        .contains("A/A control").contains("inconclusive")
        .contains("1   the gate failed").contains("3   environment");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void main_dispatchesTheLoadtestWord() {
    StringWriter out = new StringWriter();
    assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help")).isZero();
    assertThat(out.toString()).contains("loadtest");
  }

  @Test
  void durations_acceptSecondsMinutesHoursAndBareSeconds() {
    LoadDurationConverter duration = new LoadDurationConverter();
    assertThat(duration.convert("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(duration.convert("90")).isEqualTo(Duration.ofSeconds(90));
    assertThat(duration.convert("1m30s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(duration.convert(" 1H ")).isEqualTo(Duration.ofHours(1));
    assertThat(new WarmupConverter().convert("0s")).isEqualTo(Duration.ZERO);
  }

  @Test
  void percentAndUrl_acceptTheirForms() throws Exception {
    assertThat(new PercentConverter().convert("12.5%")).isEqualTo(12.5);
    assertThat(new PercentConverter().convert("0")).isZero();
    assertThat(new TargetUrlConverter().convert("https://staging.example.org")).isEqualTo(new URI("https://staging.example.org/"));
    assertThat(new TargetUrlConverter().convert("http://127.0.0.1:8080/drupal/")).isEqualTo(new URI("http://127.0.0.1:8080/drupal/"));
  }
}
