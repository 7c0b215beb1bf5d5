package dev.produce.verifier.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Secrets;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Machine-readable results: a summary and the flat list of results in run order, each with
 * every field of {@link CheckResult} (durations in milliseconds, {@code attempts_note} spelling
 * out retries). Keys are snake_case; absent values are {@code null} or {@code ""}.
 */
public final class JsonReport implements ReportFormatter {

  private static final JsonFactory JSON = new JsonFactory();

  private final Secrets secrets;

  public JsonReport(Secrets secrets) {
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  @Override
  public String format(List<CheckResult> results) {
    List<CheckResult> masked = results.stream().map(secrets::mask).toList();
    StringWriter out = new StringWriter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      json.writeStartObject();
      summary(json, Summary.of(masked));
      json.writeArrayFieldStart("results");
      for (CheckResult result : masked) {
        result(json, result);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void summary(JsonGenerator json, Summary summary) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("exit_code", summary.exitCode().code());
    json.writeNumberField("total", summary.total());
    json.writeNumberField("passed", summary.passed());
    json.writeNumberField("passed_after_retries", summary.passedRetried());
    json.writeNumberField("failed", summary.failed());
    json.writeNumberField("errors", summary.errors());
    json.writeNumberField("manual", summary.manual());
    json.writeNumberField("skipped", summary.skipped());
    json.writeNumberField("duration_ms", summary.duration().toMillis());
    json.writeObjectFieldStart("phase_duration_ms");
    for (var phase : summary.byPhase().entrySet()) {
      json.writeNumberField(phase.getKey().label(), phase.getValue().toMillis());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void result(JsonGenerator json, CheckResult result) throws IOException {
    json.writeStartObject();
    json.writeStringField("phase", result.phase().label());
    json.writeStringField("section", result.section());
    json.writeStringField("item", result.item());
    json.writeStringField("level", result.level() == null ? null : result.level().yamlName());
    json.writeStringField("cmd", result.cmd());
    json.writeStringField("status", result.status().name());
    json.writeNumberField("attempts", result.attempts());
    json.writeStringField("attempts_note", result.attemptsNote());
    json.writeNumberField("duration_ms", result.duration().toMillis());
    json.writeStringField("expected", result.expected());
    json.writeStringField("actual", result.actual());
    if (result.exitCode() == null) {
      json.writeNullField("exit_code");
    } else {
      json.writeNumberField("exit_code", result.exitCode());
    }
    json.writeStringField("stdout_tail", result.stdoutTail());
    json.writeStringField("stderr_tail", result.stderrTail());
    json.writeStringField("message", result.message());
    json.writeEndObject();
  }
}
