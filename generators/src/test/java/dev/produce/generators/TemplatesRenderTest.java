package dev.produce.generators;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.Templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.model.CacheBackend;
import dev.produce.model.Inputs;
import dev.produce.model.InvalidInputException;
import dev.produce.model.PhpVersion;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.velocity.exception.VelocityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template renders in strict mode for a wide spread of inputs, and no Velocity syntax leaks
 * into a generated file.
 */
class TemplatesRenderTest {
  /** Velocity leftovers: ${...}, our context names, directives and unparsed-block markers. */
  private static final Pattern LEFTOVER = Pattern.compile(
      "\\$!?\\{|\\$!?(profile|provenance|derivations|redis|memcached|pool|ini|nginx|wiring|sections|section|item"
          + "|command|expected|summary|filesTable|packages|derivationsTable|daemonsTable)\\b"
          + "|#(if|else|elseif|end|foreach|set|macro|parse)\\b|#\\[\\[|]]#");

  /** Memory from the smallest to the largest accepted, odd sizes, 1 to 256 CPUs, every PHP version and scope. */
  static Stream<Inputs> spread() {
    List<Inputs> inputs = new ArrayList<>();
    int[] memories = {512, 513, 777, 1024, 2048, 3001, 4096, 16384, 65536, 262144, 1048576};
    int[] cpus = {1, 2, 3, 8, 64, 256};
    int n = 0;
    for (int memory : memories) {
      for (int cpu : cpus) {
        PhpVersion php = PhpVersion.SUPPORTED.get(n++ % PhpVersion.SUPPORTED.size());
        for (CacheBackend cache : CacheBackend.values()) {
          add(inputs, Inputs.builder().memoryMb(memory).cpus(cpu).php(php).cache(cache));
        }
        add(inputs, Inputs.builder().memoryMb(memory).cpus(cpu).php(php).performanceOnly(true));
        add(inputs, Inputs.builder().memoryMb(memory).cpus(cpu).php(php).cache(CacheBackend.MEMCACHE)
            .noPerformance(true).siteRoot("/srv/sites/a.example-site_2").fpmProcessMb(16));
      }
    }
    return inputs.stream();
  }

  private static void add(List<Inputs> inputs, Inputs.Builder builder) {
    try {
      inputs.add(builder.build());
    } catch (InvalidInputException e) {
      // a combination the model refuses is not a template's concern
    }
  }

  @Test
  void spread_isWide() {
    assertThat(spread().count()).isGreaterThan(300);
    assertThat(spread().map(Inputs::php).distinct()).hasSameSizeAs(PhpVersion.SUPPORTED);
  }

  @ParameterizedTest
  @MethodSource("spread")
  void everyGeneratedFile_rendersWithoutVelocityLeftovers(Inputs inputs) {
    ServerProfile profile;
    try {
      profile = Profiles.compute(inputs);
    } catch (InvalidInputException e) {
      return; // e.g. a worker size that does not fit: refused before any template runs
    }
    Bundle bundle = Generators.bundle(profile);

    for (BundleFile file : bundle.files()) {
      assertThat(file.content()).as(file.path()).isNotBlank().endsWith("\n").doesNotContain("\r");
      if (!file.path().startsWith("scripts/") && !file.path().equals("produce")) {
        assertThat(LEFTOVER.matcher(file.content()).find())
            .as("%s has unrendered template syntax: %s", file.path(), leftover(file.content())).isFalse();
      }
    }
  }

  @Test
  void strictMode_failsOnAnUndefinedReference() {
    assertThatThrownBy(() -> Templates.render("files/etc/redis/redis.conf", Map.of()))
        .isInstanceOf(VelocityException.class);
  }

  private static String leftover(String content) {
    var matcher = LEFTOVER.matcher(content);
    return matcher.find() ? content.substring(Math.max(0, matcher.start() - 40), Math.min(content.length(),
        matcher.end() + 40)) : "";
  }
}
