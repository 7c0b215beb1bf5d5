package dev.produce.generators;

import dev.produce.generators.render.Bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.produce.model.ServerProfile;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private String run(Path fragment, String testCase, boolean moduleInstalled) throws Exception {
    Path root = Files.createDirectories(tmp.resolve("web-" + testCase + "-" + moduleInstalled));
    if (moduleInstalled) {
      Path module = Files.createDirectories(root.resolve("modules/contrib/memcache"));
      Files.writeString(module.resolve("memcache.services.yml"), "services: {}\n");
    }
    Path harness = Files.writeString(tmp.resolve("harness.php"), HARNESS);
    ProcessRunner php = ProcessRunner.run(tmp, "php", harness.toString(), testCase, fragment.toString(), root.toString());
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
        "\"servers\":{\"127.0.0.1:11211\":\"default\"}", "\"key_prefix\":\"produce_var_www_drupal\"",
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
        + "\"bootstrap\":\"cache.backend.chainedfast\",\"config\":\"cache.backend.chainedfast\","
        + "\"discovery\":\"cache.backend.chainedfast\"}}");
  }

  /**
   * The bins as Drupal resolves them ({@code drupal/cache-bins.php}) from a settings.php with the
   * bundle's include block and fragment, Memcached stubbed: the bins without a default backend of
   * their own go to memcached; bootstrap, config and discovery stay on the fast chained backend,
   * whose consistent backend is memcached (here without APCu, so memcached alone; the container
   * test sees APCu in front).
   */
  @Test
  void memcacheBundle_binsResolveAsDrupalResolvesThem() throws Exception {
    Bundle bundle = Generators.bundle(TestProfiles.memcache());
    Path root = Files.createDirectories(tmp.resolve("site"));
    Path site = Files.createDirectories(root.resolve("sites/default"));
    Files.writeString(site.resolve("settings.php"), "<?php\n$settings['hash_salt'] = 'x';\n\n"
        + includeBlock(bundle));
    Files.writeString(site.resolve("settings.produce.php"),
        bundle.file("files/drupal/settings.produce.php").orElseThrow().content());
    Path module = Files.createDirectories(root.resolve("modules/contrib/memcache"));
    Files.writeString(module.resolve("memcache.services.yml"), "services: {}\n");
    Path stub = Files.writeString(tmp.resolve("memcached-stub.php"), "<?php class Memcached {}\n");
    Path script = tmp.resolve("cache-bins.php");
    try (var in = getClass().getResourceAsStream("/drupal/cache-bins.php")) {
      Files.copy(in, script);
    }

    ProcessRunner php = ProcessRunner.run(tmp, "php", "-d", "display_errors=stderr", "-d",
        "auto_prepend_file=" + stub, script.toString(), root.toString(), "sites/default");

    assertThat(php.exitCode()).as(php.output()).isZero();
    assertThat(php.output()).contains(
        "render cache.backend.memcache cache.backend.memcache\n",
        "page cache.backend.memcache cache.backend.memcache\n",
        "entity cache.backend.memcache cache.backend.memcache\n",
        "bootstrap cache.backend.chainedfast ",
        "config cache.backend.chainedfast ",
        "discovery cache.backend.chainedfast ").doesNotContain("database", "Warning");
  }

  /** The include block apply adds to settings.php, as {@code scripts/lib/drupal.sh} prints it. */
  private static String includeBlock(Bundle bundle) {
    String library = bundle.file("scripts/lib/drupal.sh").orElseThrow().content();
    int start = library.indexOf("cat <<'PHP'\n") + "cat <<'PHP'\n".length();
    return library.substring(start, library.indexOf("\nPHP\n", start) + 1);
  }

  @Test
  void redisFragment_changesNothingWithoutTheRedisExtension() throws Exception {
    assumeTrue(ProcessRunner.run(tmp, "php", "-r", "exit(extension_loaded('redis') ? 0 : 1);").exitCode() != 0);

    assertThat(run(fragment(TestProfiles.redis()), "no-extension", true)).isEqualTo("{\"hash_salt\":\"x\"}\nclean\n");
  }
}
