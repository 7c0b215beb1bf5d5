package dev.produce.verifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Secrets;
import dev.produce.verifier.check.Status;
import dev.produce.format.verification.Level;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A secret given with --mask appears in no report, in no field, whatever the input. */
class ReportMaskingTest {

  private static final String SECRET = "hunter2-db-pass";
  private static final Secrets SECRETS = Secrets.of(List.of(SECRET, "other"));

  /** Unmasked results carrying the secret in every text field, failed (full evidence) and manual. */
  private static List<CheckResult> leaky() {
    String s = SECRET;
    return List.of(
        new CheckResult(Phase.CHECKS, "section " + s, "item " + s, Level.QUICK,
            "mysql -p" + s + " -e 'select 1'", Status.FAILED, 2, Duration.ofMillis(20), "stdout contains " + s,
            "exit 1; stdout \"" + s + "\"", 1, "out " + s, "err " + s, "failed: " + s),
        new CheckResult(Phase.OFFLINE, "section " + s, "manual " + s, null, "", Status.MANUAL, 0, Duration.ZERO,
            "ask " + s, "", null, "", "", "manual: ask " + s),
        new CheckResult(Phase.APPLY, CheckResult.BUILT_IN_SECTION, "apply", null, "./produce " + s, Status.ERROR,
            0, Duration.ZERO, "exit 0", "", null, s, s, "target failed: " + s));
  }

  @Test
  void console_masksEveryField() {
    ConsoleReport console = new ConsoleReport(SECRETS);

    String output = console.format(leaky());

    assertThat(output).doesNotContain(SECRET).contains("mysql -p*** -e").contains("out ***");
    leaky().forEach(result -> assertThat(console.line(result)).doesNotContain(SECRET));
  }

  @Test
  void junit_masksEveryField() {
    assertThat(new JunitXmlReport(SECRETS).format(leaky())).doesNotContain(SECRET).contains("item ***");
  }

  @Test
  void json_masksEveryField() {
    assertThat(new JsonReport(SECRETS).format(leaky())).doesNotContain(SECRET).contains("\"section ***\"");
  }
}
