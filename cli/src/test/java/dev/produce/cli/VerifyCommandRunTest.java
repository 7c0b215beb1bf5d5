package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.produce.verifier.container.TargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * produce-verify end to end on this host: the targets are {@link RecordingTargets} (real commands,
 * no container), so the console, the reports, the exit codes and the closing of every target are
 * checked without Docker. {@code cli/src/test/java/dev/produce/cli/verify/*IT} do the same in containers.
 */
class VerifyCommandRunTest {
  @TempDir Path tmp;
  private final RecordingTargets targets = new RecordingTargets();

  private VerifyRun verify(String... args) {
    return VerifyRun.run(targets, tmp.resolve("root"), args);
  }

  @Test
  void passingBundle_exit0_printsALinePerCheckAndTheWallTimes_andClosesBothTargets() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);

    VerifyRun run = verify(bundle.toString(), "--no-idempotence");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
    List<String> lines = run.outLines();
    assertThat(lines.get(0)).isEqualTo("produce-verify: " + bundle + " · " + bundle.resolve(".verification.yml")
        + " · level thorough · phases: apply, checks, offline");
    assertThat(lines.get(1)).startsWith("target: this host started in ");
    List<String> expected = List.of(
        "✓ produce-verify › apply: ./produce exits 0 on a fresh target  (",
        "✓ produce › the bundle was applied › test -f applied.marker  (",
        "✓ produce › the bundle was applied › echo PONG  (",
        "✓ produce › the bundle was applied › grep -c 'touch applied' produce  (",
        "? produce › a person looks at the status page  (manual: open /admin/reports/status)",
        "✓ produce-verify › offline: ./produce exits 0 on a target with no network  (",
        "✓ produce (offline) › the bundle was applied › test -f applied.marker  (",
        "PASSED");
    assertThat(prefixes(lines, expected)).containsSubsequence(expected);
    assertThat(lines).filteredOn(line -> line.startsWith("wall time ")).singleElement().asString()
        .matches("wall time \\d+\\.\\d\\ds: target start \\d+\\.\\d\\ds · apply \\S+ · checks \\S+ · offline \\S+");
    assertThat(targets.started).extracting(t -> t.offline).containsExactly(false, true);
    assertThat(targets.started).allSatisfy(t -> assertThat(t.closeCount).as("closed once").isEqualTo(1));
    assertThat(run.err()).isEmpty();
  }

  /** Lines in the order given, each matched by its start: {@code containsSubsequence} on prefixes. */
  private static List<String> prefixes(List<String> lines, List<String> starts) {
    List<String> found = new ArrayList<>();
    for (String line : lines) {
      starts.stream().filter(line::startsWith).findFirst().ifPresent(found::add);
    }
    return found;
  }

  @Test
  void reports_areWrittenAndParseBack() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.FAILING);
    Path junit = tmp.resolve("reports/deep/r.xml");
    Path json = tmp.resolve("reports/r.json");

    VerifyRun run = verify(bundle.toString(), "--no-offline", "--no-idempotence", "--junit", junit.toString(),
        "--json", json.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECKS_FAILED);
    assertThat(run.outLines()).contains("JUnit XML: " + junit, "JSON: " + json);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    Element suites = xml.getDocumentElement();
    assertThat(suites.getAttribute("tests")).isEqualTo("3");
    assertThat(suites.getAttribute("failures")).isEqualTo("1");
    NodeList failures = xml.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(1);
    Element failedCase = (Element) failures.item(0).getParentNode();
    assertThat(failedCase.getAttribute("name")).isEqualTo("Redis answers");
    assertThat(failedCase.getAttribute("classname")).isEqualTo("redis");
    assertThat(failures.item(0).getTextContent()).contains("LOADING");

    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.at("/summary/exit_code").intValue()).isEqualTo(1);
    assertThat(report.at("/summary/failed").intValue()).isEqualTo(1);
    List<String> phases = new ArrayList<>();
    report.at("/summary/phase_duration_ms").fieldNames().forEachRemaining(phases::add);
    assertThat(phases).containsExactly("apply", "checks");
    assertThat(report.get("results")).hasSize(3);
    assertThat(report.at("/results/2/status").textValue()).isEqualTo("FAILED");
    assertThat(report.at("/results/2/cmd").textValue()).isEqualTo("echo 'LOADING s3cret-value'");
  }

  @Test
  void failingCheck_exit1_namingTheCheckWithItsEvidence() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.FAILING);

    VerifyRun run = verify(bundle.toString(), "--no-offline", "--no-idempotence");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECKS_FAILED);
    assertThat(run.out())
        .contains("✗ redis › Redis answers › echo 'LOADING s3cret-value'  (")
        .contains("expected: stdout contains \"PONG\"")
        .contains("FAILED (exit 1): 1 check failed");
    assertThat(targets.started).hasSize(1);
    assertThat(targets.started.get(0).closeCount).isEqualTo(1);
  }

  @Test
  void maskedValue_appearsInNoOutputReportOrEvidence() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.FAILING);
    Path junit = tmp.resolve("r.xml");
    Path json = tmp.resolve("r.json");
    Path evidence = tmp.resolve("evidence");

    VerifyRun run = verify(bundle.toString(), "--no-offline", "--no-idempotence", "--mask", "s3cret-value",
        "--junit", junit.toString(), "--json", json.toString(), "--keep-evidence", evidence.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECKS_FAILED);
    assertThat(run.out()).doesNotContain("s3cret-value").contains("echo 'LOADING ***'");
    assertThat(run.err()).doesNotContain("s3cret-value");
    assertThat(Files.readString(junit)).doesNotContain("s3cret-value").contains("***");
    assertThat(Files.readString(json)).doesNotContain("s3cret-value").contains("***");
    try (var files = Files.list(evidence)) {
      for (Path file : files.toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("s3cret-value");
      }
    }
  }

  @Test
  void keepEvidence_writesTheApplyLogAndTheTargetLog() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    Path evidence = tmp.resolve("evidence");

    VerifyRun run = verify(bundle.toString(), "--no-idempotence", "--keep-evidence", evidence.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(evidence.resolve("apply.log"), StandardCharsets.UTF_8))
        .startsWith("$ ./produce\n").contains("produce: applied (token none)").contains("[exit 0]");
    assertThat(Files.readString(evidence.resolve("offline-apply.log"))).contains("produce: offline=yes");
    assertThat(Files.readString(evidence.resolve("target.log"))).isEqualTo("target log line");
    assertThat(run.outLines()).anyMatch(line -> line.startsWith("evidence: ") && line.contains("apply.log"));
  }

  @Test
  void quickLevel_listsThoroughCommandsAsSkipped() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);

    VerifyRun run = verify(bundle.toString(), "--level", "quick", "--no-offline", "--no-idempotence");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.outLines().get(0)).endsWith(" · level quick · phases: apply, checks");
    assertThat(run.outLines()).contains(
        "- produce › the bundle was applied › grep -c 'touch applied' produce  (not run: level thorough (this run: quick))");
    assertThat(targets.started).hasSize(1);
  }

  @Test
  void noDockerEngine_exit3WithOneLine() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    VerifyRun run = VerifyRun.run(offline -> {
      throw new TargetException("cannot reach the Docker engine (bin/test starts one): connection refused");
    }, tmp.resolve("root"), bundle.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.errLines()).containsExactly(
        "produce-verify: cannot reach the Docker engine (bin/test starts one): connection refused");
    assertThat(run.out()).doesNotContain("PASSED").doesNotContain("FAILED");
  }

  @Test
  void noDockerEngine_withStacktrace_printsTheTrace() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    VerifyRun run = VerifyRun.run(offline -> {
      throw new TargetException("cannot reach the Docker engine");
    }, tmp.resolve("root"), bundle.toString(), "--stacktrace");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.err()).contains(TargetException.class.getName()).contains("\tat ");
  }

  @Test
  void offlineTargetThatCannotStart_exit3_andTheFirstTargetIsStillClosed() throws Exception {
    Path bundle = TinyBundle.write(tmp.resolve("bundle"), TinyBundle.PASSING);
    RecordingTargets online = new RecordingTargets();
    VerifyRun run = VerifyRun.run(offline -> {
      if (offline) {
        throw new TargetException("cannot start a container from produce/target:x: no network none");
      }
      return online.start(false);
    }, tmp.resolve("root"), bundle.toString(), "--no-idempotence");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.out()).contains("! produce-verify › offline: ./produce exits 0 on a target with no network")
        .contains("ERROR (exit 3)");
    assertThat(online.started).singleElement().satisfies(t -> assertThat(t.closeCount).isEqualTo(1));
  }
}
