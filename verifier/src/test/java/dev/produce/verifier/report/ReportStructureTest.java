package dev.produce.verifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Secrets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The reports parse as what they claim to be and carry what CI tools read. */
class ReportStructureTest {

  private static Document xml(List<CheckResult> results) throws Exception {
    String text = new JunitXmlReport(Secrets.NONE).format(results);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void junit_isWellFormed_evenWithControlCharactersInOutput() throws Exception {
    Document doc = xml(ReportFixtures.failing());

    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("10");
    assertThat(root.getAttribute("failures")).isEqualTo("3");
    String failure = doc.getElementsByTagName("failure").item(1).getTextContent();
    assertThat(failure).contains("nginx: [emerg] unknown directive \"gzip_foo\"", "\uFFFD[31mcolour", "& <tags>");
  }

  @Test
  void junit_suitesAreSections_casesAreItems_manualIsSkippedWithItsText() throws Exception {
    Document doc = xml(ReportFixtures.failing());

    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(7);
    assertThat(((Element) suites.item(1)).getAttribute("name")).isEqualTo("produce");
    assertThat(((Element) suites.item(6)).getAttribute("name")).isEqualTo("produce (offline)");
    Element produceCase = (Element) ((Element) suites.item(1)).getElementsByTagName("testcase").item(0);
    assertThat(produceCase.getAttribute("name")).isEqualTo("Performance optimization configured");
    assertThat(produceCase.getTextContent()).as("both commands of the item in one case")
        .contains("setup_redis", "performance)");
    Element skipped = (Element) doc.getElementsByTagName("skipped").item(1);
    assertThat(skipped.getAttribute("message")).isEqualTo("manual: Open admin/reports/status");
  }

  @Test
  void junit_retriesShowInTheCaseOutput() throws Exception {
    Document doc = xml(ReportFixtures.passing());

    NodeList cases = doc.getElementsByTagName("testcase");
    Element redis = null;
    for (int i = 0; i < cases.getLength(); i++) {
      if (((Element) cases.item(i)).getAttribute("name").equals("Redis answers on loopback")) {
        redis = (Element) cases.item(i);
      }
    }
    assertThat(redis).isNotNull();
    assertThat(redis.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("redis-cli -p 6379 ping  (2.31s, passed after 3 attempts)");
  }

  @Test
  void junit_environmentErrors_areErrorsNotFailures() throws Exception {
    Document doc = xml(ReportFixtures.environment());

    assertThat(doc.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void json_hasOneFlatEntryPerResult_withDurationsAndAttempts() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new JsonReport(Secrets.NONE).format(ReportFixtures.failing()));

    assertThat(json.get("results")).hasSize(ReportFixtures.failing().size());
    assertThat(json.at("/summary/exit_code").asInt()).isEqualTo(1);
    assertThat(json.at("/summary/passed_after_retries").asInt()).isEqualTo(1);
    JsonNode retried = json.get("results").get(4);
    assertThat(retried.get("attempts").asInt()).isEqualTo(3);
    assertThat(retried.get("attempts_note").asText()).isEqualTo("passed after 3 attempts");
    assertThat(retried.get("duration_ms").asLong()).isEqualTo(2_310);
    assertThat(json.get("results").get(6).get("exit_code").isNull()).isTrue();
  }

  @Test
  void console_lineSaysRetries_andSummaryCountsThem() {
    ConsoleReport console = new ConsoleReport(Secrets.NONE);

    assertThat(console.line(ReportFixtures.passing().get(2)))
        .isEqualTo("✓ redis › Redis answers on loopback › redis-cli -p 6379 ping  (2.31s, passed after 3 attempts)");
    assertThat(console.summary(ReportFixtures.passing())).contains("4 passed (1 after retries)").endsWith("PASSED\n");
  }

  @Test
  void console_neutralisesTerminalControlCharacters() {
    String output = new ConsoleReport(Secrets.NONE).format(ReportFixtures.failing());

    assertThat(output).doesNotContain("\u001b").contains("\uFFFD[31mcolour");
  }

  @Test
  void summary_countsEveryStatus() {
    Summary summary = Summary.of(ReportFixtures.failing());

    assertThat(List.of(summary.total(), summary.passed(), summary.failed(), summary.errors(), summary.manual(),
        summary.skipped())).containsExactly(11, 6, 3, 0, 1, 1);
  }
}
