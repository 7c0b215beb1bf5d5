package dev.produce.generators;

import dev.produce.generators.write.BundleWriter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.produce.format.verification.CommandSpec;
import dev.produce.format.verification.Durations;
import dev.produce.format.verification.Item;
import dev.produce.format.verification.Level;
import dev.produce.format.verification.OutputExpectation;
import dev.produce.format.verification.Section;
import dev.produce.format.verification.SpecLoader;
import dev.produce.format.verification.VerificationSpec;
import dev.produce.generators.meta.verification.VerificationPlan;
import dev.produce.model.CacheBackend;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VerificationYmlTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Stream<ServerProfile> profiles() {
    return Stream.of(TestProfiles.redis(), TestProfiles.memcache(), TestProfiles.performanceOnly(),
        TestProfiles.cacheOnly(), TestProfiles.smallest(), TestProfiles.microcache());
  }

  private static JsonNode parse(ServerProfile profile) throws IOException {
    return YAML.readTree(Generators.bundle(profile).file(".verification.yml").orElseThrow().content());
  }

  /** Every command of the file as the parser reads it, in file order: "level: cmd". */
  /** Every command of one section, in file order. */
  private static List<JsonNode> sectionCommands(JsonNode section) {
    List<JsonNode> commands = new ArrayList<>();
    section.forEach(item -> item.path("machine").path("checks").forEach(level -> level.path("commands").forEach(commands::add)));
    return commands;
  }

  private static List<JsonNode> commands(JsonNode root) {
    List<JsonNode> commands = new ArrayList<>();
    root.forEach(section -> section.forEach(item ->
        item.path("machine").path("checks").forEach(level -> level.path("commands").forEach(commands::add))));
    return commands;
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void file_parsesBackToExactlyThePlan(ServerProfile profile) throws IOException {
    JsonNode root = parse(profile);
    List<Section> plan = VerificationPlan.of(profile);

    List<String> names = new ArrayList<>();
    root.fieldNames().forEachRemaining(names::add);
    assertThat(names.get(0)).isEqualTo("formatVersion");
    assertThat(root.get("formatVersion").textValue()).isEqualTo("1.0");
    assertThat(names.subList(1, names.size())).containsExactlyElementsOf(plan.stream().map(Section::name).toList());
    for (Section section : plan) {
      Iterator<JsonNode> items = root.get(section.name()).elements();
      for (Item item : section.items()) {
        JsonNode node = items.next();
        assertThat(node.get("text").textValue()).isEqualTo(item.text());
        assertThat(node.at("/machine/automatable").booleanValue()).isEqualTo(item.automatable());
        assertCommands(node.at("/machine/checks/quick/commands"), item.declaredAt(Level.QUICK));
        assertCommands(node.at("/machine/checks/thorough/commands"), item.declaredAt(Level.THOROUGH));
      }
      assertThat(items.hasNext()).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void file_readByTheFormatsReader_givesBackThePlansRecords(ServerProfile profile) {
    String text = Generators.bundle(profile).file(".verification.yml").orElseThrow().content();
    VerificationSpec read = SpecLoader.load(text, ".verification.yml").orThrow();

    List<Section> plan = VerificationPlan.of(profile);
    assertThat(read.sections()).extracting(Section::name).containsExactlyElementsOf(plan.stream().map(Section::name).toList());
    for (int s = 0; s < plan.size(); s++) {
      List<Item> written = plan.get(s).items();
      List<Item> items = read.sections().get(s).items();
      assertThat(items).hasSameSizeAs(written);
      for (int i = 0; i < written.size(); i++) {
        assertThat(withoutPosition(items.get(i))).isEqualTo(withoutPosition(written.get(i)));
      }
    }
  }

  /** The item as built in code: where it was read from (path, line) is not part of what was written. */
  private static Item withoutPosition(Item item) {
    return new Item(item.text(), item.automatable(), item.manual(), item.commands().stream()
        .map(c -> new CommandSpec(c.cmd(), c.level(), c.expectExit(), c.expectStdout(), c.expectStderr(), c.timeout(),
            c.retry(), "", 0)).toList(), "", 0);
  }

  private static void assertCommands(JsonNode nodes, List<CommandSpec> commands) {
    assertThat(nodes.size()).isEqualTo(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      CommandSpec command = commands.get(i);
      JsonNode node = nodes.get(i);
      assertThat(node.get("cmd").textValue()).isEqualTo(command.cmd());
      assertThat(node.get("expect_exit").isInt()).isTrue();
      assertThat(List.of(node.get("expect_exit").intValue())).isEqualTo(command.expectExit());
      List<String> stdout = new ArrayList<>();
      JsonNode expected = node.path("expect_stdout");
      if (expected.isTextual()) {
        stdout.add(expected.textValue());
      } else {
        expected.forEach(e -> stdout.add(e.textValue()));
      }
      assertThat(stdout).isEqualTo(command.expectStdout().stream().map(OutputExpectation::written).toList());
      assertThat(node.path("retry").path("within").asText())
          .isEqualTo(command.retry().map(r -> Durations.format(r.within())).orElse(""));
      assertThat(node.path("retry").path("every").asText())
          .isEqualTo(command.retry().map(r -> Durations.format(r.every())).orElse(""));
      assertThat(node.path("timeout").asText()).isEqualTo(command.timeout().equals(CommandSpec.DEFAULT_TIMEOUT) ? ""
          : Durations.format(command.timeout()));
    }
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void file_carriesTheOriginalDesignsThreeChecksVerbatim(ServerProfile profile) throws IOException {
    JsonNode seed = parse(profile).at("/produce/0");

    assertThat(seed.get("text").textValue()).isEqualTo("Performance optimization configured");
    assertThat(seed.at("/machine/automatable").booleanValue()).isTrue();
    List<String> cmds = new ArrayList<>();
    seed.at("/machine/checks/quick/commands").forEach(c -> {
      cmds.add(c.get("cmd").textValue());
      assertThat(c.get("expect_exit").intValue()).isZero();
    });
    assertThat(cmds).containsExactly(
        "grep -qE '(cache|redis|memcache|performance)' scripts/commands/produce.sh",
        "grep -q 'setup_redis\\|setup_memcache' scripts/commands/produce.sh",
        "grep -q 'tune_php_fpm' scripts/commands/produce.sh");
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void seedChecks_passInAWrittenBundle(ServerProfile profile, @TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("bundle");
    BundleWriter.write(Generators.bundle(profile), dir, false);

    for (String cmd : VerificationPlan.seedChecks()) {
      ProcessRunner grep = ProcessRunner.run(dir, "sh", "-c", cmd);
      assertThat(grep.exitCode()).as(cmd + "\n" + grep.output()).isZero();
    }
  }

  @Test
  void redisBundle_checksEveryComputedValueAgainstTheLiveDaemon() throws IOException {
    ServerProfile profile = TestProfiles.redis();
    List<String> cmds = commands(parse(profile)).stream().map(c -> c.get("cmd").textValue() + " => "
        + c.path("expect_stdout")).toList();

    assertThat(cmds).contains(
        "sha256sum -c SHA256SUMS => ",
        "nginx -t => ",
        "php-fpm8.4 -t => ",
        "redis-cli -p 6379 ping => \"PONG\"",
        "redis-cli -p 6379 info server => \"redis_mode:standalone\"",
        "redis-cli -p 6379 config get maxmemory | sed -n 2p => \"/^201326592$/\"",
        "redis-cli -p 6379 config get maxmemory-policy | sed -n 2p => \"/^volatile-lru$/\"",
        "test -z \"$(redis-cli -p 6379 config get save | sed -n 2p)\" => ",
        "redis-cli -p 6379 config get appendonly | sed -n 2p => \"/^no$/\"",
        "php-fpm8.4 -tt 2>&1 | grep -E '[[:space:]]pm\\.max_children = 5$' => ",
        "php-fpm8.4 -i | grep -E '^opcache\\.memory_consumption => 256 => 256$' => ",
        "php-fpm8.4 -m | grep -x redis => ");
    assertThat(cmds).anyMatch(c -> c.startsWith("nginx -T 2>/dev/null => ") && c.contains("open_file_cache max=8192"));
  }

  @Test
  void valkeyBundle_checksTheSameValuesThroughValkeyCli_andValkeysInfo() throws IOException {
    ServerProfile profile = Profiles.compute(Inputs.builder().memoryMb(2048).cache(CacheBackend.VALKEY).build());
    List<String> cmds = commands(parse(profile)).stream().map(c -> c.get("cmd").textValue() + " => "
        + c.path("expect_stdout")).toList();

    assertThat(cmds).contains(
        "valkey-cli -p 6379 ping => \"PONG\"",
        "valkey-cli -p 6379 info server => \"server_mode:standalone\"",
        "valkey-cli -p 6379 config get maxmemory | sed -n 2p => \"/^201326592$/\"",
        "valkey-cli -p 6379 config get maxmemory-policy | sed -n 2p => \"/^volatile-lru$/\"",
        "test -z \"$(valkey-cli -p 6379 config get save | sed -n 2p)\" => ",
        "valkey-cli -p 6379 config get appendonly | sed -n 2p => \"/^no$/\"",
        "php-fpm8.4 -m | grep -x redis => ");
    assertThat(cmds).noneMatch(c -> c.contains("redis-cli"));
  }

  @Test
  void memcacheBundle_checksStatsSettings() throws IOException {
    List<String> cmds = commands(parse(TestProfiles.memcache())).stream().map(c -> c.get("cmd").textValue()).toList();

    assertThat(cmds).contains(
        "printf 'stats\\r\\nquit\\r\\n' | runuser -u www-data -- nc -U -w 5 /run/memcached/memcached.sock",
        "stat -c '%a %U %G' /run/memcached/memcached.sock",
        "stat -c '%a %U %G' /run/memcached",
        "! runuser -u nobody -- nc -U -w 5 /run/memcached/memcached.sock </dev/null",
        "printf 'stats settings\\r\\nquit\\r\\n' | nc -U -w 5 /run/memcached/memcached.sock | tr -d '\\r' | grep -x 'STAT maxbytes 402653184'",
        "printf 'stats settings\\r\\nquit\\r\\n' | nc -U -w 5 /run/memcached/memcached.sock | tr -d '\\r' | grep -x 'STAT maxconns 1024'",
        "printf 'stats settings\\r\\nquit\\r\\n' | nc -U -w 5 /run/memcached/memcached.sock | tr -d '\\r' | grep -x 'STAT num_threads 4'",
        "printf 'stats settings\\r\\nquit\\r\\n' | nc -U -w 5 /run/memcached/memcached.sock | tr -d '\\r' | grep -x 'STAT domain_socket /run/memcached/memcached.sock'",
        "printf 'stats settings\\r\\nquit\\r\\n' | nc -U -w 5 /run/memcached/memcached.sock | tr -d '\\r' | grep -x 'STAT udpport 0'",
        "! nc -z -w 2 127.0.0.1 11211");
    assertThat(cmds).noneMatch(c -> c.contains("redis-cli"));
  }

  @Test
  void cacheOnlyBundle_hasNoNginxOrPoolSections() throws IOException {
    JsonNode root = parse(TestProfiles.cacheOnly());

    assertThat(root.has("nginx")).isFalse();
    assertThat(root.has("php_fpm")).isFalse();
    assertThat(root.has("redis")).isTrue();
    assertThat(commands(root)).anyMatch(c -> c.get("cmd").textValue().equals("php-fpm8.3 -m | grep -x redis"));
  }

  @Test
  void manualItems_areListedWithoutCommands() throws IOException {
    JsonNode drupal = parse(TestProfiles.redis()).get("drupal");

    assertThat(drupal).anySatisfy(item -> {
      assertThat(item.at("/machine/automatable").booleanValue()).isFalse();
      assertThat(item.at("/machine/checks").isMissingNode()).isTrue();
    });
  }

  /** memcache 8.x-2.x's status report shows only the extension's version: a probe replaces it. */
  @Test
  void memcacheBundle_provesTheConnection_insteadOfAskingForTheStatusReport() throws IOException {
    JsonNode drupal = parse(TestProfiles.memcache()).get("drupal");

    assertThat(drupal).allSatisfy(item -> assertThat(item.at("/machine/automatable").booleanValue()).isTrue());
    assertThat(drupal).anySatisfy(item -> {
      assertThat(item.get("text").textValue()).startsWith("Drupal's cache reaches memcached");
      assertThat(item.at("/machine/checks/thorough/commands/0/cmd").textValue())
          .contains("include \"sites/default/settings.php\"", "new Memcached()", "nc -w 5");
    });
  }

  @Test
  void apcuCheck_requiresApcuEnabledUnderPhpFpm() throws IOException {
    assertThat(commands(parse(TestProfiles.redis())))
        .anyMatch(c -> c.get("cmd").textValue().equals("php-fpm8.4 -i | grep -E '^APCu Support => Enabled$'"))
        .noneMatch(c -> c.get("cmd").textValue().contains("grep -qx apcu ||"));
  }

  @Test
  void liveChecks_retryOnlyWhileADaemonStartsOrReloads() {
    Map<String, List<String>> retried = new java.util.TreeMap<>();
    for (Section section : VerificationPlan.of(TestProfiles.redis())) {
      section.items().forEach(item -> {
        assertThat(item.declaredAt(Level.QUICK)).noneMatch(c -> c.retry().isPresent());
        item.declaredAt(Level.THOROUGH).stream().filter(c -> c.retry().isPresent())
            .forEach(c -> retried.computeIfAbsent(section.name(), k -> new ArrayList<>()).add(c.cmd()));
      });
    }
    assertThat(retried).containsOnlyKeys("nginx", "php_fpm", "redis");
    // up: the daemon answers; reloaded: the old workers of a reload are gone
    assertThat(retried.get("nginx")).hasSize(2).anyMatch(c -> c.startsWith("test -s /run/nginx.pid"))
        .anyMatch(c -> c.startsWith("bash -c '. scripts/lib/probes.sh && probe_workers_reloaded \"$(cat /run/nginx.pid)\" "));
    assertThat(retried.get("php_fpm")).hasSize(2).anyMatch(c -> c.startsWith("test -S /run/php/php8.4-fpm.sock"))
        // the oldest php-fpm8.4 that is not a zombie (pgrep -o picked a zombie master where no init reaps)
        .anyMatch(c -> c.startsWith("bash -c '. scripts/lib/probes.sh && probe_workers_reloaded"
            + " \"$(ps -C php-fpm8.4 -o pid=,stat= --sort=start_time | awk '\\''$2 !~ /^[ZX]/"));
    assertThat(retried.get("redis")).containsExactly("redis-cli -p 6379 ping");
  }

  @Test
  void nginxSection_probesGzipAndCacheLifetimesThroughTheSite() throws IOException {
    ServerProfile profile = TestProfiles.redis();
    List<String> cmds = sectionCommands(parse(profile).get("nginx")).stream().map(c -> c.get("cmd").textValue()).toList();

    assertThat(cmds).filteredOn(c -> c.contains("probe_static_assets")).singleElement().isEqualTo(
        "bash -c '. scripts/lib/probes.sh && probe_static_assets /var/www/drupal/web/sites/default "
            + 30 * 86_400 + " " + 365 * 86_400 + "'");
  }

  @Test
  void nginxSection_checksEveryHttpDirectiveOnALineOfItsOwn() throws IOException {
    JsonNode dump = sectionCommands(parse(TestProfiles.redis()).get("nginx")).stream()
        .filter(c -> c.get("cmd").textValue().equals("nginx -T 2>/dev/null")).findFirst().orElseThrow();
    List<String> expected = new ArrayList<>();
    dump.get("expect_stdout").forEach(e -> expected.add(e.textValue()));

    assertThat(expected).hasSize(13).allMatch(e -> e.startsWith("/^\\s*") && e.endsWith(";$/"))
        .contains("/^\\s*gzip_comp_level 1;$/", "/^\\s*keepalive_timeout 30s;$/", "/^\\s*open_file_cache_errors off;$/");
  }

  @Test
  void drupalSection_checksTheSettingsIncludeOnceAndEffective() throws IOException {
    JsonNode item = parse(TestProfiles.redis()).get("drupal").get(0);

    assertThat(item.get("text").textValue()).startsWith("settings.php loads settings.produce.php");
    assertThat(item.at("/machine/checks/quick/commands/0/cmd").textValue()).isEqualTo(
        "test ! -d /var/www/drupal/web/sites/default || test \"$(grep -c '^// BEGIN produce'"
            + " /var/www/drupal/web/sites/default/settings.php)\" = 1");
    assertThat(item.at("/machine/checks/thorough/commands/0/cmd").textValue())
        .startsWith("test ! -d /var/www/drupal/web/sites/default || (cd /var/www/drupal/web && php8.4 -r '")
        .contains("get_included_files()");
  }

  @Test
  void microcacheSection_provesHitsAndEveryBypassThroughTheSite() throws IOException {
    JsonNode root = parse(TestProfiles.microcache());
    List<String> texts = new ArrayList<>();
    root.get("microcache").forEach(item -> texts.add(item.get("text").textValue()));
    List<String> cmds = sectionCommands(root.get("microcache")).stream().map(c -> c.get("cmd").textValue()).toList();

    assertThat(texts).hasSize(8).anyMatch(t -> t.contains("(X-Micro-Cache: HIT)"))
        .anyMatch(t -> t.contains("session cookie")).anyMatch(t -> t.contains("Authorization"))
        .anyMatch(t -> t.contains("POST")).anyMatch(t -> t.contains("sets a cookie"))
        .anyMatch(t -> t.startsWith("after 5 s a cached page is fetched from Drupal again"));
    assertThat(cmds.get(0)).isEqualTo("stat -c '%U:%G %a' /var/cache/nginx/produce-microcache");
    assertThat(cmds.subList(1, cmds.size())).allMatch(c -> c.startsWith("bash -c '. scripts/lib/probes.sh && probe_microcache_"));
    assertThat(String.join("\n", cmds)).contains("probe_microcache_hit", "probe_microcache_bypasses_session_cookies",
        "probe_microcache_bypasses_authorization", "probe_microcache_ignores_post",
        "probe_microcache_never_stores_set_cookie", "probe_microcache_expires 6",
        "/user/login", "/admin", "/update.php", "/install.php", "/system/ajax", "_wrapper_format=drupal_ajax",
        " /%75ser/login //user/login /user//login ");
    assertThat(parse(TestProfiles.redis()).has("microcache")).isFalse();
  }

  @Test
  void microcacheSection_leavesALongWindowToAPerson() throws IOException {
    JsonNode items = parse(Profiles.compute(Inputs.builder().microcacheSeconds(31).build())).get("microcache");

    assertThat(items.get(items.size() - 1).get("text").textValue()).startsWith("after 31 s a changed page is served");
    assertThat(items.get(items.size() - 1).at("/machine/automatable").booleanValue()).isFalse();
  }
}
