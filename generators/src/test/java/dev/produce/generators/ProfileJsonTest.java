package dev.produce.generators;

import dev.produce.generators.render.ProduceVersion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.produce.model.ServerProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileJsonTest {
  private static String json(ServerProfile profile) {
    return Generators.bundle(profile).file("profile.json").orElseThrow().content();
  }

  @Test
  void profileJson_carriesProvenanceAsFields() throws Exception {
    ServerProfile profile = TestProfiles.memcache();
    JsonNode root = new ObjectMapper().readTree(json(profile));

    assertThat(root.get("generator").textValue()).isEqualTo("produce");
    assertThat(root.get("version").textValue()).isEqualTo(ProduceVersion.get());
    assertThat(root.get("command").textValue()).isEqualTo(profile.inputs().toCommandLine());
  }

  @Test
  void profileJson_holdsInputsEveryPartAndEveryDerivation() throws Exception {
    ServerProfile profile = TestProfiles.memcache();
    JsonNode root = new ObjectMapper().readTree(json(profile));

    assertThat(root.at("/inputs/memoryMb").intValue()).isEqualTo(4096);
    assertThat(root.at("/inputs/php").textValue()).isEqualTo("8.4");
    assertThat(root.at("/inputs/cache").textValue()).isEqualTo("MEMCACHE");
    assertThat(root.at("/budget/totalMb").intValue()).isEqualTo(4096);
    assertThat(root.at("/phpFpm/maxChildren").intValue()).isEqualTo(profile.phpFpm().orElseThrow().maxChildren());
    assertThat(root.at("/memcached/memoryMb").intValue()).isEqualTo(384);
    assertThat(root.get("redis").isNull()).isTrue();
    assertThat(root.at("/drupal/prefix").textValue()).isEqualTo("produce_var_www_drupal");
    assertThat(root.get("files").size()).isEqualTo(profile.files().size());
    assertThat(root.get("requiredPackages").size()).isEqualTo(profile.requiredPackages().size());
    assertThat(root.get("derivations").size()).isEqualTo(profile.derivations().size());
    assertThat(root.at("/derivations/0/key").textValue()).isEqualTo(profile.derivations().get(0).key());
  }

  @Test
  void profileJson_isSortedIndentedWithLfAndEndsWithANewline() throws Exception {
    String json = json(TestProfiles.redis());
    List<String> keys = new ArrayList<>();
    new ObjectMapper().readTree(json).fieldNames().forEachRemaining(keys::add);

    assertThat(keys).isSorted().contains("budget", "command", "derivations", "generator", "inputs", "version");
    assertThat(json).startsWith("{\n  \"budget\": {\n").endsWith("}\n").doesNotContain("\r").doesNotContain(" : ");
  }
}
