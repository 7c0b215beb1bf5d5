package dev.produce.generators;

import dev.produce.generators.render.Bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.produce.model.ServerProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code settings.produce.php} in a real {@code php} (skipped where none is installed; the
 * container tests run it with Drupal): it must lint, and switch the backend only when every guard
 * holds, never otherwise.
 */
class SettingsProducePhpTest {
  @TempDir Path tmp;

  /** Includes the fragment the way settings.php does, after setting up the case, and prints $settings. */
  private static final String HARNESS = String.join("\n",
      "<?php",
      "[$self, $case, $fragment, $root] = $argv;",
      "$settings = ['hash_salt' => 'x'];",
      "if ($case !== 'outside-drupal') { $app_root = $root; }",
      "if ($case === 'extension' || $case === 'installing') { eval('class Memcached {}'); }",
      "if ($case === 'installing') {",
      "  eval('namespace Drupal\\Core\\Installer; class InstallerKernel {"
          + " static function installationAttempted() { return TRUE; } }');",
      "}",
      "require $fragment;",
      "echo json_encode($settings, JSON_UNESCAPED_SLASHES), \"\\n\";",
      "echo isset($produce_cache) ? 'leaked' : 'clean', \"\\n\";",
      "");

  @BeforeAll
  static void needsPhp() {
    assumeTrue(ProcessRunner.available("php"), "php is not installed");
  }

  private Path fragment(ServerProfile profile) throws Exception {
    Path file = tmp.resolve("settings.produce.php");
    Files.writeString(file, Generators.bundle(profile).file("files/drupal/settings.produce.php").orElseThrow().content());
    return file;
  }

  private String run(Path fragment, String testCase, boolean moduleInstalled, String... phpOptions) throws Exception {
    Path root = Files.createDirectories(tmp.resolve("web-" + testCase + "-" + moduleInstalled));
    if (moduleInstalled) {
      for (String name : List.of("memcache", "redis")) {
        Path module = Files.createDirectories(root.resolve("modules/contrib/" + name));
        Files.writeString(module.resolve(name + ".services.yml"), "services: {}\n");
      }
    }
    return runIn(root, fragment, testCase, phpOptions);
  }

  /** Runs the harness for {@code testCase} with the docroot {@code root} as it is. */
  private String runIn(Path root, Path fragment, String testCase, String... phpOptions) throws Exception {
    Path harness = Files.writeString(tmp.resolve("harness.php"), HARNESS);
    List<String> command = new ArrayList<>(List.of("php"));
    command.addAll(List.of(phpOptions));
    command.addAll(List.of(harness.toString(), testCase, fragment.toString(), root.toString()));
    ProcessRunner php = ProcessRunner.run(tmp, command.toArray(String[]::new));
    assertThat(php.exitCode()).as(php.output()).isZero();
    return php.output();
  }

  @Test
  void fragment_passesPhpLint() throws Exception {
    for (ServerProfile profile : new ServerProfile[] {TestProfiles.redis(), TestProfiles.memcache()}) {
      ProcessRunner lint = ProcessRunner.run(tmp, "php", "-l", fragment(profile).toString());
      assertThat(lint.exitCode()).as(lint.output()).isZero();
    }
  }

  @Test
  void fragment_switchesTheBackendWhenExtensionAndModuleArePresent() throws Exception {
    String out = run(fragment(TestProfiles.memcache()), "extension", true);

    assertThat(out).contains("\"cache\":{\"default\":\"cache.backend.memcache\",",
        "\"servers\":{\"unix:///run/memcached/memcached.sock\":\"default\"}", "\"key_prefix\":\"produce_var_www_drupal\"",
        "/modules/contrib/memcache/memcache.services.yml\"]").endsWith("clean\n");
  }

  @Test
  void fragment_changesNothingWhenAGuardFails() throws Exception {
    Path fragment = fragment(TestProfiles.memcache());
    String untouched = "{\"hash_salt\":\"x\"}\nclean\n";

    assertThat(run(fragment, "extension", false)).as("module missing").isEqualTo(untouched);
    assertThat(run(fragment, "no-extension", true)).as("extension missing").isEqualTo(untouched);
    assertThat(run(fragment, "installing", true)).as("Drupal installing").isEqualTo(untouched);
    assertThat(run(fragment, "outside-drupal", true)).as("plain php, no $app_root").isEqualTo(untouched);
  }

  @Test
  void fragment_keepsTheFastChainedBins() throws Exception {
    String out = run(fragment(TestProfiles.memcache()), "extension", true);

    assertThat(out).contains("\"cache\":{\"default\":\"cache.backend.memcache\",\"bins\":{"
        + "\"page\":\"cache.backend.database\",\"bootstrap\":\"cache.backend.chainedfast\","
        + "\"config\":\"cache.backend.chainedfast\",\"discovery\":\"cache.backend.chainedfast\"}}");
  }

  /**
   * The bins as Drupal resolves them ({@code drupal/cache-bins.php}) from a settings.php with the
   * bundle's include block and fragment, Memcached stubbed: the bins without a default backend of
   * their own go to memcached but the page bin, which stays in the database with the cache tags (ADR
   * 0016: a page-cache hit then opens no memcached connection); bootstrap, config and discovery stay
   * on the fast chained backend,
   * whose consistent backend is memcached (here without APCu, so memcached alone; the container
   * test sees APCu in front). Without the module's example services (its tag checksum in Memcached),
   * the service container stays in the database: the tags are there, so a page-cache hit opens the
   * database connection anyway.
   */
  @Test
  void memcacheBundle_binsResolveAsDrupalResolvesThem() throws Exception {
    String bins = cacheBins(Generators.bundle(TestProfiles.memcache()), "memcache", "", false, memcachedStub());

    assertThat(bins).contains(
        "render cache.backend.memcache cache.backend.memcache\n",
        "dynamic_page_cache cache.backend.memcache cache.backend.memcache\n",
        "page cache.backend.database cache.backend.database\n",
        "entity cache.backend.memcache cache.backend.memcache\n",
        "bootstrap cache.backend.chainedfast ",
        "config cache.backend.chainedfast ",
        "discovery cache.backend.chainedfast ",
        "container default database\n").doesNotContain("Warning");
  }

  /**
   * ADR 0015: even where the module ships its example services (its cache tag checksum in Memcached)
   * and APCu is there, the memcache bundle leaves them out and keeps the tags, and so the service
   * container, in the database: with tag times in Memcached, a time lost to an eviction lets the
   * module serve a pre-edit item once (reproduced on the real site).
   */
  @Test
  void memcacheBundle_withTheExampleServicesThere_keepsTagsAndContainerInTheDatabase() throws Exception {
    assumeApcu();
    String bins = cacheBins(Generators.bundle(TestProfiles.memcache()), "memcache", "", true, memcachedStub());

    assertThat(bins).contains("render cache.backend.memcache cache.backend.memcache\n", "container default database\n");
  }

  /** A backend that settings.php names for the page bin before the include is the operator's, kept. */
  @Test
  void memcacheBundle_keepsTheSitesOwnPageBin() throws Exception {
    String bins = cacheBins(Generators.bundle(TestProfiles.memcache()), "memcache",
        "$settings['cache']['bins']['page'] = 'cache.backend.null';\n", false, memcachedStub());

    assertThat(bins).contains("page cache.backend.null cache.backend.null\n",
        "render cache.backend.memcache cache.backend.memcache\n");
  }

  /** The services files the memcache fragment adds: the module's own only, never its example services. */
  @Test
  void memcacheFragment_addsTheModulesServicesOnly_evenWithTheExampleServicesThere() throws Exception {
    Path fragment = fragment(TestProfiles.memcache());
    Path root = Files.createDirectories(tmp.resolve("web-example"));
    Path module = Files.createDirectories(root.resolve("modules/contrib/memcache"));
    Files.writeString(module.resolve("memcache.services.yml"), "services: {}\n");
    Files.writeString(module.resolve("example.services.yml"), "services: {}\n");

    String out = runIn(root, fragment, "extension");

    assertThat(out).contains("\"container_yamls\":[\"" + root + "/modules/contrib/memcache/memcache.services.yml\"]")
        .doesNotContain("example.services.yml", "bootstrap_container_definition").endsWith("clean\n");
  }

  /**
   * With the redis and APCu extensions (as on the server), the redis bundle has Drupal read its service
   * container's definition from APCu, checked against Redis (Drupal's fast chained backend): a
   * page-cache hit then opens no database connection. The module's classes it names are registered
   * with the class loader.
   */
  @Test
  void redisBundle_readsTheContainerFromApcuCheckedAgainstRedis() throws Exception {
    assumeRedisAndApcu();

    String bins = cacheBins(Generators.bundle(TestProfiles.redis()), "redis", "", false);

    assertThat(bins).contains("page cache.backend.redis cache.backend.redis\n",
        "container bootstrap_container_definition"
            + " chainedfast(Drupal\\Core\\Cache\\ApcuBackend>Drupal\\redis\\Cache\\PhpRedis)\n")
        .doesNotContain("unloadable", "Warning");
  }

  /** A bootstrap container that settings.php defines before the include is the operator's, kept as it is. */
  @Test
  void redisBundle_keepsTheSitesOwnBootstrapContainer() throws Exception {
    assumeRedisAndApcu();

    String bins = cacheBins(Generators.bundle(TestProfiles.redis()), "redis",
        "$settings['bootstrap_container_definition'] = ['parameters' => [],"
            + " 'services' => ['cache.container' => ['class' => 'Drupal\\Core\\Cache\\MemoryBackend']]];\n", false);

    assertThat(bins).contains("page cache.backend.redis cache.backend.redis\n",
        "container bootstrap_container_definition Drupal\\Core\\Cache\\MemoryBackend\n");
  }

  private static void assumeApcu() throws Exception {
    assumePhp("function_exists('apcu_fetch')", "php has no APCu extension (bin/test installs php-apcu)");
  }

  private static void assumeRedisAndApcu() throws Exception {
    assumePhp("extension_loaded('redis') && function_exists('apcu_fetch')",
        "php has no redis or no APCu extension (bin/test installs php-redis and php-apcu)");
  }

  /** Skips the test, with {@code reason}, unless {@code condition} holds in this machine's php. */
  private static void assumePhp(String condition, String reason) throws Exception {
    ProcessRunner php = ProcessRunner.run(Path.of("."), "php", "-r", "exit(" + condition + " ? 0 : 1);");
    assumeTrue(php.exitCode() == 0, reason);
  }

  /** {@code -d auto_prepend_file=} a file that defines an empty {@code Memcached} class, as if the extension were loaded. */
  private String[] memcachedStub() throws Exception {
    return new String[] {"-d", "auto_prepend_file=" + Files.writeString(tmp.resolve("memcached-stub.php"), "<?php class Memcached {}\n")};
  }

  /**
   * Runs {@code drupal/cache-bins.php} on a site whose settings.php holds {@code settingsBefore} and the
   * bundle's include block, with the bundle's fragment and the contrib {@code module}'s services file
   * (and its {@code example.services.yml} with {@code exampleServices}).
   */
  private String cacheBins(Bundle bundle, String module, String settingsBefore, boolean exampleServices,
      String... phpOptions) throws Exception {
    Path root = Files.createDirectories(tmp.resolve("site-" + module));
    Path site = Files.createDirectories(root.resolve("sites/default"));
    Files.writeString(site.resolve("settings.php"), "<?php\n$settings['hash_salt'] = 'x';\n" + settingsBefore + "\n"
        + includeBlock(bundle));
    Files.writeString(site.resolve("settings.produce.php"),
        bundle.file("files/drupal/settings.produce.php").orElseThrow().content());
    Path moduleDir = Files.createDirectories(root.resolve("modules/contrib/" + module));
    Files.writeString(moduleDir.resolve(module + ".services.yml"), "services: {}\n");
    if (exampleServices) {
      Files.writeString(moduleDir.resolve("example.services.yml"), "services: {}\n");
    }
    Path script = tmp.resolve("cache-bins.php");
    if (!Files.exists(script)) {
      try (var in = getClass().getResourceAsStream("/drupal/cache-bins.php")) {
        Files.copy(in, script);
      }
    }
    List<String> command = new ArrayList<>(List.of("php", "-d", "display_errors=stderr"));
    command.addAll(List.of(phpOptions));
    command.addAll(List.of(script.toString(), root.toString(), "sites/default"));
    ProcessRunner php = ProcessRunner.run(tmp, command.toArray(String[]::new));
    assertThat(php.exitCode()).as(php.output()).isZero();
    return php.output();
  }

  /** The include block apply adds to settings.php, as {@code scripts/lib/drupal.sh} prints it. */
  private static String includeBlock(Bundle bundle) {
    String library = bundle.file("scripts/lib/drupal.sh").orElseThrow().content();
    int start = library.indexOf("cat <<'PHP'\n") + "cat <<'PHP'\n".length();
    return library.substring(start, library.indexOf("\nPHP\n", start) + 1);
  }

  /** php -n: no php.ini, so no extension is loaded, whatever this machine's php has. */
  @Test
  void redisFragment_changesNothingWithoutTheRedisExtension() throws Exception {
    assertThat(run(fragment(TestProfiles.redis()), "no-extension", true, "-n"))
        .isEqualTo("{\"hash_salt\":\"x\"}\nclean\n");
  }
}
