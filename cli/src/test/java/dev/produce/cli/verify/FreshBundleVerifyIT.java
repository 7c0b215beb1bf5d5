package dev.produce.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.produce.model.CacheBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code produce-verify} in real containers: a freshly compiled bundle passes at the thorough
 * level with every phase (apply, checks, idempotence, offline) and readable reports; a file in the
 * original design's format runs unchanged. No container outlives a run.
 */
class FreshBundleVerifyIT {
  /** §4.1 of the original design, as printed there: a list of items under a comment. */
  private static final String SEED_SNIPPET = """
      # Add to .verification.yml produce: section
      - text: "Performance optimization configured"
        machine:
          automatable: true
          checks:
            thorough:
              commands:
                - cmd: grep -qE '(cache|redis|memcache|performance)' scripts/commands/produce.sh
                  expect_exit: 0
                - cmd: grep -q 'setup_redis\\|setup_memcache' scripts/commands/produce.sh
                  expect_exit: 0
                - cmd: grep -q 'tune_php_fpm' scripts/commands/produce.sh
                  expect_exit: 0
      """;

  private static Instant started;
  private static Path bundle;
  private static Set<String> containersBefore;

  @BeforeAll
  static void compile(@TempDir Path tmp) throws Exception {
    started = Instant.now();
    bundle = TestBundles.write(TestBundles.profile(2048, CacheBackend.REDIS), tmp, "bundle");
    containersBefore = new HashSet<>(TestBundles.containersOfThisJvm());
  }

  @AfterAll
  static void report() {
    System.out.printf("[verify-it] %s took %d s%n", FreshBundleVerifyIT.class.getSimpleName(),
        Duration.between(started, Instant.now()).toSeconds());
  }

  @Test
  void freshBundle_passesThoroughVerification_withJunitAndJsonThatParseBack(@TempDir Path out) throws Exception {
    Path junit = out.resolve("reports/verify.xml");
    Path json = out.resolve("reports/verify.json");
    Path evidence = out.resolve("evidence");

    VerifyCli run = VerifyCli.run(bundle.toString(), "--level", "thorough", "--junit", junit.toString(),
        "--json", json.toString(), "--keep-evidence", evidence.toString());

    System.out.println("[verify-it] thorough verify of a fresh bundle: " + run.wallTime());
    assertThat(run.exitCode()).as("exit code; stdout:%n%s%nstderr:%n%s", run.out(), run.err()).isZero();
    assertThat(run.outLines()).contains("PASSED")
        .anyMatch(line -> line.startsWith("target: container ") && line.contains(" (systemd)"))
        .anyMatch(line -> line.startsWith("✓ produce-verify › apply: ./produce exits 0 on a fresh target"))
        .anyMatch(line -> line.startsWith("✓ redis › Redis answers on loopback › redis-cli -p 6379 ping"))
        .anyMatch(line -> line.startsWith("✓ nginx › nginx serves the site's static assets gzip-compressed"))
        .anyMatch(line -> line.startsWith("✓ produce-verify › idempotence: "))
        .anyMatch(line -> line.startsWith("✓ produce-verify › offline: "))
        .anyMatch(line -> line.startsWith("? drupal › "));
    assertThat(run.wallTime()).matches("wall time \\S+: target start \\S+ · apply \\S+ · checks \\S+"
        + " · idempotence \\S+ · offline \\S+");

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    Element suites = xml.getDocumentElement();
    assertThat(suites.getAttribute("failures")).isEqualTo("0");
    assertThat(suites.getAttribute("errors")).isEqualTo("0");
    assertThat(Integer.parseInt(suites.getAttribute("tests"))).isGreaterThan(15);
    List<String> suiteNames = new ArrayList<>();
    NodeList suiteNodes = xml.getElementsByTagName("testsuite");
    for (int i = 0; i < suiteNodes.getLength(); i++) {
      suiteNames.add(((Element) suiteNodes.item(i)).getAttribute("name"));
    }
    assertThat(suiteNames).contains("produce-verify", "produce", "nginx", "php_fpm", "redis", "drupal",
        "produce (offline)");
    assertThat(xml.getElementsByTagName("skipped").getLength()).as("the manual item").isEqualTo(1);

    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/summary/exit_code").intValue()).isZero();
    assertThat(report.at("/summary/failed").intValue()).isZero();
    List<String> phases = new ArrayList<>();
    report.at("/summary/phase_duration_ms").fieldNames().forEachRemaining(phases::add);
    assertThat(phases).containsExactly("apply", "checks", "idempotence", "offline");
    assertThat(report.get("results")).allSatisfy(result ->
        assertThat(result.get("status").textValue()).isIn("PASSED", "MANUAL"));
    assertThat(Files.readString(evidence.resolve("apply.log"))).startsWith("$ ./produce\n").contains("[exit 0]");
    assertThat(TestBundles.containersOfThisJvm()).as("containers left behind").isSubsetOf(containersBefore);
  }

  @Test
  void specInTheOriginalFormat_runsUnchanged_alsoWithoutSystemd(@TempDir Path tmp) throws Exception {
    Path seed = Files.writeString(tmp.resolve("seed-4.1.yml"), SEED_SNIPPET);

    VerifyCli run = VerifyCli.run(bundle.toString(), "--spec", seed.toString(), "--no-offline", "--no-idempotence",
        "--no-systemd");

    System.out.println("[verify-it] original-format spec: " + run.wallTime());
    assertThat(run.exitCode()).as("stdout:%n%s%nstderr:%n%s", run.out(), run.err()).isZero();
    assertThat(run.outLines()).contains("PASSED")
        .anyMatch(line -> line.startsWith("target: container ") && !line.contains("systemd"))
        .anyMatch(line -> line.startsWith("✓ seed-4 › Performance optimization configured › grep -q 'tune_php_fpm'"
            + " scripts/commands/produce.sh  ("))
        .filteredOn(line -> line.startsWith("✓ seed-4 › Performance optimization configured › "))
        .hasSize(3);
    assertThat(run.out()).contains("4 checks: 4 passed, 0 failed");
    assertThat(TestBundles.containersOfThisJvm()).isSubsetOf(containersBefore);
  }
}
