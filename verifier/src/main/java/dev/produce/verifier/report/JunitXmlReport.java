package dev.produce.verifier.report;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Secrets;
import dev.produce.verifier.check.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * JUnit XML for CI: one {@code <testsuite>} per section (offline re-runs as {@code <section>
 * (offline)}, built-in phases as {@value CheckResult#BUILT_IN_SECTION}), one {@code <testcase>}
 * per item, named by its text. An item's commands are one case: it fails when any command fails,
 * and the {@code <failure>} carries each failed command's evidence. Every command's line, with
 * "passed after N attempts" where retries were needed, is in the case's {@code <system-out>}.
 * Manual items are {@code <skipped message="manual: ...">}.
 */
public final class JunitXmlReport implements ReportFormatter {

  private final Secrets secrets;

  public JunitXmlReport(Secrets secrets) {
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  @Override
  public String format(List<CheckResult> results) {
    Map<String, Map<String, List<CheckResult>>> suites = new LinkedHashMap<>();
    for (CheckResult result : results) {
      CheckResult masked = secrets.mask(result);
      suites.computeIfAbsent(ResultText.suite(masked), suite -> new LinkedHashMap<>())
          .computeIfAbsent(masked.item(), item -> new ArrayList<>()).add(masked);
    }
    List<TestCase> all = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    suites.forEach((suite, items) -> {
      List<TestCase> cases = items.entrySet().stream()
          .map(entry -> new TestCase(suite, entry.getKey(), entry.getValue())).toList();
      all.addAll(cases);
      body.append("  <testsuite").append(counts(suite, cases)).append(">\n");
      cases.forEach(testCase -> body.append(testCase.xml()));
      body.append("  </testsuite>\n");
    });
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuites" + counts(CheckResult.BUILT_IN_SECTION, all) + ">\n" + body + "</testsuites>\n";
  }

  private static String counts(String name, List<TestCase> cases) {
    return " name=\"" + XmlText.attribute(name) + "\""
        + " tests=\"" + cases.size() + "\""
        + " failures=\"" + cases.stream().filter(c -> c.status() == Status.FAILED).count() + "\""
        + " errors=\"" + cases.stream().filter(c -> c.status() == Status.ERROR).count() + "\""
        + " skipped=\"" + cases.stream().filter(TestCase::skipped).count() + "\""
        + " time=\"" + DurationText.seconds(cases.stream().map(TestCase::time)
            .reduce(Duration.ZERO, Duration::plus)) + "\"";
  }

  /** The results of one item, judged together. */
  private record TestCase(String suite, String name, List<CheckResult> results) {

    /** ERROR over FAILED over PASSED; MANUAL or SKIPPED only when nothing ran. */
    Status status() {
      if (has(Status.ERROR)) {
        return Status.ERROR;
      }
      if (has(Status.FAILED)) {
        return Status.FAILED;
      }
      if (has(Status.PASSED)) {
        return Status.PASSED;
      }
      return has(Status.MANUAL) ? Status.MANUAL : Status.SKIPPED;
    }

    boolean skipped() {
      return status() == Status.MANUAL || status() == Status.SKIPPED;
    }

    Duration time() {
      return results.stream().map(CheckResult::duration).reduce(Duration.ZERO, Duration::plus);
    }

    private boolean has(Status status) {
      return results.stream().anyMatch(result -> result.status() == status);
    }

    String xml() {
      StringBuilder out = new StringBuilder("    <testcase classname=\"").append(XmlText.attribute(suite))
          .append("\" name=\"").append(XmlText.attribute(name))
          .append("\" time=\"").append(DurationText.seconds(time())).append("\">\n");
      Status status = status();
      List<CheckResult> bad = results.stream().filter(r -> r.status() == status).toList();
      switch (status) {
        case ERROR, FAILED -> out.append("      <").append(status == Status.ERROR ? "error" : "failure")
            .append(" message=\"").append(XmlText.attribute(message(bad))).append("\" type=\"")
            .append(status.name()).append("\">")
            .append(XmlText.text(bad.stream().map(r -> ResultText.evidence(r, ""))
                .collect(Collectors.joining("\n"))))
            .append("</").append(status == Status.ERROR ? "error" : "failure").append(">\n");
        case MANUAL, SKIPPED -> out.append("      <skipped message=\"")
            .append(XmlText.attribute(results.get(0).message())).append("\"/>\n");
        default -> { }
      }
      if (results.stream().anyMatch(r -> !r.cmd().isEmpty())) {
        out.append("      <system-out>").append(XmlText.text(results.stream().map(TestCase::commandLine)
            .collect(Collectors.joining("\n", "", "\n")))).append("</system-out>\n");
      }
      return out.append("    </testcase>\n").toString();
    }

    /** One line: {@code nginx -t: exit 1, expected exit 0}; several joined with {@code " | "}. */
    private static String message(List<CheckResult> bad) {
      return bad.stream()
          .map(r -> (r.cmd().isEmpty() ? "" : ResultText.command(r.cmd()) + ": ")
              + r.message().lines().findFirst().orElse(""))
          .collect(Collectors.joining(" | "));
    }

    private static String commandLine(CheckResult result) {
      String tail = result.status() == Status.SKIPPED ? result.message() : ResultText.timing(result);
      return ResultText.symbol(result.status()) + " " + ResultText.command(result.cmd()) + "  (" + tail + ")";
    }
  }
}
