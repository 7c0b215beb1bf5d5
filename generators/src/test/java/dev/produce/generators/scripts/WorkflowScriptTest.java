package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.Provenance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scripts' inventory, modes, provenance, and the original design's function names. */
class WorkflowScriptTest {
  private static final List<String> SEED_FUNCTIONS = List.of("setup_redis", "setup_memcache",
      "configure_drupal_redis", "configure_drupal_memcache", "tune_php_fpm", "tune_nginx", "main");

  static List<ScriptTestProfiles> profiles() {
    return ScriptTestProfiles.all();
  }

  @Test
  void inventory_isTheEntryPointTheWorkflowAndTheLibraries() {
    assertThat(WrittenBundle.scriptPaths(ScriptTestProfiles.redis().profile())).containsExactly(
        "produce", "scripts/commands/produce.sh", "scripts/lib/backup.sh", "scripts/lib/bundle.sh",
        "scripts/lib/cache-switch.sh", "scripts/lib/carry.sh", "scripts/lib/checks.sh", "scripts/lib/drupal.sh",
        "scripts/lib/endpoints.sh", "scripts/lib/files.sh", "scripts/lib/health.sh",
        "scripts/lib/log.sh", "scripts/lib/packages.sh", "scripts/lib/services.sh", "scripts/lib/sync.sh",
        "scripts/lib/validate.sh");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void workflow_definesEveryFunctionOfTheOriginalDesign(ScriptTestProfiles profile) {
    String workflow = new WorkflowScriptGenerator().generate(profile.profile()).orElseThrow().content();

    for (String function : SEED_FUNCTIONS) {
      assertThat(workflow).as(function).containsOnlyOnce("\n" + function + "() {\n");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void onlyTheEntryPointIsExecutable_andEveryScriptCarriesItsProvenance(ScriptTestProfiles profile) {
    String provenance = "# " + Provenance.of(profile.profile()).line() + "\n";
    for (BundleFile script : scripts(profile)) {
      assertThat(script.executable()).as(script.path()).isEqualTo(script.path().equals("produce"));
      assertThat(script.content()).as(script.path()).containsOnlyOnce(provenance)
          .doesNotContain("$provenance", "$vars", "#[[", "]]#").endsWith("\n").doesNotEndWith("\n\n");
    }
    assertThat(scripts(profile).get(0).content()).startsWith("#!/usr/bin/env bash\n");
  }

  @Test
  void everyScriptButTheDataFileIsTheSameForEveryProfile() {
    Map<String, String> first = new HashMap<>();
    for (ScriptTestProfiles profile : profiles()) {
      String provenance = "# " + Provenance.of(profile.profile()).line() + "\n";
      for (BundleFile script : scripts(profile)) {
        String withoutProvenance = script.content().replace(provenance, "");
        String previous = first.putIfAbsent(script.path(), withoutProvenance);
        if (previous != null && !script.path().equals(BundleDataGenerator.PATH)) {
          assertThat(withoutProvenance).as("%s of %s", script.path(), profile).isEqualTo(previous);
        }
      }
    }
    assertThat(first).hasSize(16);
  }

  @Test
  void rendering_isDeterministic() {
    ScriptTestProfiles profile = ScriptTestProfiles.memcache();

    assertThat(scripts(profile)).isEqualTo(scripts(profile));
  }

  private static List<BundleFile> scripts(ScriptTestProfiles profile) {
    return ScriptGenerators.all().stream().map(g -> g.generate(profile.profile()).orElseThrow()).toList();
  }
}
