package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Helpers of cache-switch.sh that run anywhere: what counts as a switch, the fragment's values, whose drush is run. */
class CacheSwitchLibraryTest {
  @TempDir
  Path temp;
  private SourcedLibraries libraries;

  @BeforeEach
  void writeBundle() throws Exception {
    libraries = new SourcedLibraries(WrittenBundle.write(ScriptTestProfiles.memcache().profile(), temp));
  }

  @Test
  void aSwitch_isAChangeOfTheFragmentOrOfSettingsPhp() throws Exception {
    String script = "source scripts/lib/cache-switch.sh\n"
        + "switches_cache_backend nginx php-fpm && echo nginx-php-fpm\n"
        + "switches_cache_backend nginx drupal && echo drupal\n"
        + "switches_cache_backend settings && echo settings\n"
        + "switches_cache_backend && echo nothing\n"
        + "true\n";

    assertThat(libraries.run(script).output().lines()).containsExactly("drupal", "settings");
  }

  @Test
  void fragmentValues_areReadFromTheBundlesOwnFragment() throws Exception {
    String script = "source scripts/lib/cache-switch.sh\n"
        + "exec {fd}<files/drupal/settings.produce.php\n"
        + "for key in cache_service socket prefix host; do fragment_value \"$fd\" \"$key\"; done\n";

    assertThat(libraries.run(script).output().lines()).as("memcached on its unix socket: no host or port")
        .containsExactly("cache.backend.memcache", "/run/memcached/memcached.sock", "produce_var_www_drupal");
  }

  @Test
  void drush_isRunOnlyWhereNobodyButRootAndTheOwnerCanChangeIt() throws Exception {
    Path drush = Files.writeString(temp.resolve("drush"), "#!/bin/sh\n");
    String script = "source scripts/lib/cache-switch.sh\n"
        + "path_only_changeable_by /usr/bin/env 1234 && echo root-owned\n"
        + "path_only_changeable_by '" + drush + "' \"$(id -u)\" || echo below-a-world-writable-directory\n"
        + "trusted_drush '" + temp.resolve("missing") + "' 1234 || echo\n";

    assertThat(libraries.run(script).output().lines()).containsExactly("root-owned",
        "below-a-world-writable-directory",
        temp.resolve("missing") + ", or a directory or link on its path, belongs to another user than root and 1234"
            + " or is writable by its group or by others");
  }
}
