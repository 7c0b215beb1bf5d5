package dev.produce.verifier.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.format.verification.Level;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void mask_replacesEveryOccurrence_longestSecretFirst() {
    Secrets secrets = Secrets.of(List.of("pass", "password123"));

    assertThat(secrets.mask("password123 and pass")).isEqualTo("*** and ***");
  }

  @Test
  void emptyValues_areIgnored() {
    Secrets secrets = Secrets.of(Arrays.asList("", null));

    assertThat(secrets.isEmpty()).isTrue();
    assertThat(secrets.mask("text")).isEqualTo("text");
  }

  @Test
  void maskResult_masksEveryTextField() {
    String s = "hunter2";
    CheckResult result = new CheckResult(Phase.CHECKS, "sec " + s, "item " + s, Level.QUICK, "echo " + s,
        Status.FAILED, 1, Duration.ofMillis(5), "exp " + s, "act " + s, 1, "out " + s, "err " + s, "msg " + s);

    CheckResult masked = Secrets.of(List.of(s)).mask(result);

    assertThat(masked.toString()).doesNotContain(s);
    assertThat(masked.cmd()).isEqualTo("echo ***");
    assertThat(masked.exitCode()).isEqualTo(1);
    assertThat(masked.duration()).isEqualTo(Duration.ofMillis(5));
  }
}
