package dev.produce.format.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published JSON Schema accepts exactly the keys and durations the loader accepts. */
class VerificationSchemaTest {

  /** Where editors find the schema inside the format jar (and in the source tree). */
  static final String RESOURCE = "/dev/produce/format/verification.schema.json";

  private static JsonNode schema;

  @BeforeAll
  static void readSchema() throws IOException {
    try (InputStream in = VerificationSchemaTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      schema = new ObjectMapper().readTree(in);
    }
  }

  private static List<String> properties(String definition) {
    List<String> names = new ArrayList<>();
    schema.at("/definitions/" + definition + "/properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void keysOfEachMapping_matchTheLoader() {
    assertThat(properties("item")).containsExactlyElementsOf(SpecKeys.ITEM);
    assertThat(properties("machine")).containsExactlyElementsOf(SpecKeys.MACHINE);
    assertThat(properties("level")).containsExactlyElementsOf(SpecKeys.LEVEL);
    assertThat(properties("command")).containsExactlyElementsOf(SpecKeys.COMMAND);
    assertThat(properties("retry")).containsExactlyElementsOf(SpecKeys.RETRY);
  }

  @Test
  void levels_matchTheLevelEnum() {
    assertThat(properties("checks")).containsExactly(Level.QUICK.yamlName(), Level.THOROUGH.yamlName());
  }

  @Test
  void everyMappingIsClosed_soUnknownKeysAreFlaggedInEditorsToo() {
    for (String definition : List.of("item", "machine", "checks", "level", "command", "retry")) {
      assertThat(schema.at("/definitions/" + definition + "/additionalProperties").asBoolean(true))
          .as(definition).isFalse();
    }
  }

  @Test
  void durationPattern_isTheLoaders() {
    assertThat(schema.at("/definitions/duration/pattern").asText()).isEqualTo(Durations.PATTERN);
  }

  @Test
  void requiredKeys_matchTheLoader() {
    assertThat(schema.at("/definitions/item/required")).extracting(JsonNode::asText).containsExactly("text", "machine");
    assertThat(schema.at("/definitions/command/required")).extracting(JsonNode::asText).containsExactly("cmd");
    assertThat(schema.at("/definitions/retry/required")).extracting(JsonNode::asText).containsExactly("within");
  }
}
