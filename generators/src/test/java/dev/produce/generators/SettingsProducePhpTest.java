package dev.produce.generators;

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

    assertThat(out).contains("\"cache\":{\"default\":\"cache.backend.memcache\"}",
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
  void redisFragment_changesNothingWithoutTheRedisExtension() throws Exception {
    assumeTrue(ProcessRunner.run(tmp, "php", "-r", "exit(extension_loaded('redis') ? 0 : 1);").exitCode() != 0);

    assertThat(run(fragment(TestProfiles.redis()), "no-extension", true)).isEqualTo("{\"hash_salt\":\"x\"}\nclean\n");
  }
}
