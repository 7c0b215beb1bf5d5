package dev.produce.format.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Files of the original design's form load unchanged; the extensions load as documented. */
class SpecLoaderTest {

  static Path resource(String name) {
    try {
      return Path.of(SpecLoaderTest.class.getResource("/specs/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static VerificationSpec load(String name) throws IOException {
    SpecLoadResult result = SpecLoader.load(resource(name));
    assertThat(result.errors()).as("lint errors of %s", name).isEmpty();
    return result.orThrow();
  }

  @Test
  void seedSnippet_loadsVerbatim_asOneSectionNamedAfterTheFile() throws IOException {
    VerificationSpec spec = load("seed-4.1.yml");

    assertThat(spec.sections()).extracting(Section::name).containsExactly("seed-4");
    Item item = spec.sections().get(0).items().get(0);
    assertThat(item.text()).isEqualTo("Performance optimization configured");
    assertThat(item.automatable()).isTrue();
    assertThat(item.commands()).extracting(CommandSpec::cmd).containsExactly(
        "grep -qE '(cache|redis|memcache|performance)' scripts/commands/produce.sh",
        "grep -q 'setup_redis\\|setup_memcache' scripts/commands/produce.sh",
        "grep -q 'tune_php_fpm' scripts/commands/produce.sh");
    assertThat(item.commands()).allSatisfy(command -> {
      assertThat(command.level()).isEqualTo(Level.THOROUGH);
      assertThat(command.expectExit()).containsExactly(0);
      assertThat(command.expectStdout()).isEmpty();
      assertThat(command.timeout()).isEqualTo(CommandSpec.DEFAULT_TIMEOUT);
      assertThat(command.retry()).isEmpty();
    });
  }

  @Test
  void seedSnippet_underProduceSection_loadsWithThatSection() throws IOException {
    VerificationSpec spec = load("seed-4.1-produce-section.yml");

    assertThat(spec.sections()).extracting(Section::name).containsExactly("produce");
    assertThat(spec.commandCount(Level.THOROUGH)).isEqualTo(3);
    assertThat(spec.commandCount(Level.QUICK)).as("thorough-only commands do not run at quick").isZero();
  }

  @Test
  void commands_rememberTheirYamlPathAndLine() throws IOException {
    CommandSpec second = load("seed-4.1-produce-section.yml").sections().get(0).items().get(0).commands().get(1);

    assertThat(second.path()).isEqualTo("produce[0].machine.checks.thorough.commands[1]");
    assertThat(second.line()).isEqualTo(10);
  }

  @Test
  void generatedBundleSpec_loadsWithRetriesListsRegexesAndManualItems() throws IOException {
    VerificationSpec spec = load("generated-redis-512m.yml");

    assertThat(spec.sections()).extracting(Section::name)
        .containsExactly("produce", "nginx", "php_fpm", "redis", "drupal");
    CommandSpec ping = command(spec, "redis", "redis-cli -p 6379 ping");
    assertThat(ping.retry()).contains(new Retry(Duration.ofSeconds(30), Duration.ofSeconds(1)));
    assertThat(ping.timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(ping.expectStdout()).extracting(OutputExpectation::describe).containsExactly("contains \"PONG\"");
    assertThat(command(spec, "nginx", "nginx -T 2>/dev/null").expectStdout())
        .extracting(OutputExpectation::text)
        .containsExactly("open_file_cache max=2048 inactive=60s;", "gzip_comp_level 5;", "fastcgi_buffers 16 16k;");
    assertThat(command(spec, "redis", "redis-cli -p 6379 config get maxmemory | sed -n 2p").expectStdout())
        .extracting(OutputExpectation::kind, OutputExpectation::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(OutputExpectation.Kind.REGEX, "^25165824$"));
    Item manual = spec.sections().get(4).items().get(1);
    assertThat(manual.automatable()).isFalse();
    assertThat(manual.commands()).isEmpty();
  }

  @Test
  void extensions_loadAsDocumented() throws IOException {
    VerificationSpec spec = load("extensions.yml");

    CommandSpec status = command(spec, "extensions", "systemctl is-active nginx || true");
    assertThat(status.expectExit()).containsExactly(0, 3);
    assertThat(status.expectStdout()).extracting(OutputExpectation::describe)
        .containsExactly("contains \"active\"", "does not contain \"inactive\"", "matches /^(active|unknown)$/",
            "does not match /fail/");
    assertThat(status.expectStderr()).extracting(OutputExpectation::describe).containsExactly("is empty");
    assertThat(status.timeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(status.retry()).contains(new Retry(Duration.ofMinutes(2), Retry.DEFAULT_EVERY));
    assertThat(status.level()).isEqualTo(Level.QUICK);
    CommandSpec stdoutOnly = command(spec, "extensions", "cat /etc/hostname");
    assertThat(stdoutOnly.expectExit()).as("exit code not checked when not given").isEmpty();
    assertThat(stdoutOnly.expectStdout()).extracting(OutputExpectation::describe).containsExactly("is not empty");
    Item manual = spec.sections().get(0).items().get(1);
    assertThat(manual.manual()).isEqualTo("Open /admin/reports/status and look for the Redis line.");
  }

  @Test
  void levels_thoroughRunsQuickCommandsToo() throws IOException {
    Item item = load("extensions.yml").sections().get(0).items().get(0);

    assertThat(item.commandsAt(Level.QUICK)).extracting(CommandSpec::level).containsOnly(Level.QUICK);
    assertThat(item.commandsAt(Level.THOROUGH)).hasSize(item.commands().size());
    assertThat(item.commandsBeyond(Level.QUICK)).extracting(CommandSpec::level).containsOnly(Level.THOROUGH)
        .isNotEmpty();
  }

  @Test
  void rootSectionName_isTheFileNameWithoutDotsAndExtension() {
    assertThat(SpecLoader.rootSectionName("bundle/.verification.yml")).isEqualTo("verification");
    assertThat(SpecLoader.rootSectionName("checks.yaml")).isEqualTo("checks");
    assertThat(SpecLoader.rootSectionName("...")).isEqualTo("checks");
  }

  @Test
  void loadFromString_givesTheSameSpecAsFromFile() throws IOException {
    String text = java.nio.file.Files.readString(resource("seed-4.1-produce-section.yml"));

    assertThat(SpecLoader.load(text, resource("seed-4.1-produce-section.yml").toString()).spec())
        .isEqualTo(Optional.of(load("seed-4.1-produce-section.yml")));
  }

  static CommandSpec command(VerificationSpec spec, String section, String cmd) {
    List<CommandSpec> found = spec.sections().stream().filter(s -> s.name().equals(section))
        .flatMap(s -> s.items().stream()).flatMap(i -> i.commands().stream())
        .filter(c -> c.cmd().equals(cmd)).toList();
    assertThat(found).as("command %s in %s", cmd, section).hasSize(1);
    return found.get(0);
  }
}
