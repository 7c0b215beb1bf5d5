package dev.produce.format.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class YamlQuotingTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @ParameterizedTest
  @ValueSource(strings = {"PONG", "STAT pid", "/^root:root 644$/", "!absent", "- dash", "key: value", "a #comment",
      "trailing:", "'quoted'", "\"double\"", "yes", "No", "on", "null", "~", "0", "644", "0644", "1e3", "0x1f", "1:20",
      ".5", "-1", "2026-11-29", "{braces}", "[brackets]", "a, b", "*alias", "&anchor", "%percent", "@at", "`tick",
      "|pipe", ">folded", "?question", " leading", "trailing ", "", "test \"$(a | b)\" = ''",
      "grep -qE '(cache|redis|memcache|performance)' scripts/commands/produce.sh", "30s", "tab\there"})
  void quote_readsBackAsTheSameString(String value) throws Exception {
    JsonNode block = YAML.readTree("v: " + YamlQuoting.quote(value) + "\n");
    JsonNode flow = YAML.readTree("v: [" + YamlQuoting.quoteInFlow(value) + ", x]\n");

    assertThat(block.get("v").isTextual()).as(YamlQuoting.quote(value)).isTrue();
    assertThat(block.get("v").textValue()).isEqualTo(value);
    assertThat(flow.get("v").get(0).textValue()).as(YamlQuoting.quoteInFlow(value)).isEqualTo(value);
  }

  @Test
  void quote_leavesPlainWhatIsUnambiguous() {
    assertThat(YamlQuoting.quote("grep -q 'tune_php_fpm' scripts/commands/produce.sh"))
        .isEqualTo("grep -q 'tune_php_fpm' scripts/commands/produce.sh");
    assertThat(YamlQuoting.quote("30s")).isEqualTo("30s");
    assertThat(YamlQuoting.quote("0")).isEqualTo("'0'");
    assertThat(YamlQuoting.quote("it's: here")).isEqualTo("'it''s: here'");
  }

  @Test
  void quote_refusesLineBreaks() {
    assertThatThrownBy(() -> YamlQuoting.quote("a\nb")).isInstanceOf(IllegalArgumentException.class);
  }
}
