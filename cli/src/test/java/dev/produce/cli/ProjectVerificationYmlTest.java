package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.meta.verification.VerificationPlan;
import dev.produce.format.verification.CommandSpec;
import dev.produce.format.verification.Level;
import dev.produce.format.verification.SpecLoadResult;
import dev.produce.format.verification.SpecLoader;
import dev.produce.format.verification.VerificationSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's own {@code .verification.yml} (repository root), which bin/test runs against an
 * example bundle: it lints clean and starts with the original design's {@code produce:} section
 * verbatim (P57 §4.1).
 */
class ProjectVerificationYmlTest {
  private static final Path FILE = Path.of("..", ".verification.yml");

  /** §4.1 as printed, indented under {@code produce:}. */
  private static final String SEED_SECTION = """
      produce:
        - text: "Performance optimization configured"
          machine:
            automatable: true
            checks:
              thorough:
                commands:
                  - cmd: grep -qE '(cache|redis|memcache|performance)' scripts/commands/produce.sh
                    expect_exit: 0
                  - cmd: grep -q 'setup_redis\\|setup_memcache' scripts/commands/produce.sh
                    expect_exit: 0
                  - cmd: grep -q 'tune_php_fpm' scripts/commands/produce.sh
                    expect_exit: 0
      """;

  @Test
  void projectFile_lintsClean_andRunsSomethingAtEachLevel() throws Exception {
    SpecLoadResult loaded = SpecLoader.load(FILE);

    assertThat(loaded.errors()).isEmpty();
    VerificationSpec spec = loaded.orThrow();
    assertThat(spec.commandCount(Level.QUICK)).isPositive();
    assertThat(spec.commandCount(Level.THOROUGH)).isGreaterThan(spec.commandCount(Level.QUICK));
    assertThat(spec.sections()).extracting(section -> section.name())
        .startsWith("produce").contains("bundle", "known_defects", "operations");
  }

  @Test
  void projectFile_carriesTheOriginalDesignsSectionVerbatim() throws Exception {
    assertThat(Files.readString(FILE)).contains(SEED_SECTION);

    List<String> cmds = SpecLoader.load(FILE).orThrow().sections().get(0).items().get(0)
        .commandsAt(Level.THOROUGH).stream().map(CommandSpec::cmd).toList();
    assertThat(cmds).containsExactlyElementsOf(VerificationPlan.seedChecks());
  }
}
