package dev.produce.verifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Secrets;
import dev.produce.verifier.run.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report format of every fixture scenario, byte for byte, against
 * {@code src/test/resources/golden/reports/<scenario>.<exit code>.<txt|xml|json>} (goss style: the
 * exit code is part of the name). Run with {@code -Dupdate.golden=true} to rewrite them, then
 * review the diff.
 */
class ReportGoldenTest {

  private static final boolean UPDATE = Boolean.getBoolean("update.golden");
  private static final Path ROOT = Path.of("src", "test", "resources", "golden", "reports");

  static Stream<Arguments> reports() {
    Map<String, ReportFormatter> formats = Map.of(
        "txt", new ConsoleReport(Secrets.NONE),
        "xml", new JunitXmlReport(Secrets.NONE),
        "json", new JsonReport(Secrets.NONE));
    return ReportFixtures.scenarios().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .flatMap(scenario -> formats.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(format -> Arguments.of(scenario.getKey(), format.getKey(), format.getValue(), scenario.getValue())));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("reports")
  void report_matchesGoldenFile(String scenario, String extension, ReportFormatter formatter,
      List<CheckResult> results) throws IOException {
    String actual = formatter.format(results);
    Path golden = ROOT.resolve(scenario + "." + ExitCode.of(results).code() + "." + extension);
    if (UPDATE) {
      Files.createDirectories(ROOT);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (run with -Dupdate.golden=true after an intended change)").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("reports")
  void report_isTheSameForTheSameResults(String scenario, String extension, ReportFormatter formatter,
      List<CheckResult> results) {
    assertThat(formatter.format(List.copyOf(results))).isEqualTo(formatter.format(results));
  }
}
