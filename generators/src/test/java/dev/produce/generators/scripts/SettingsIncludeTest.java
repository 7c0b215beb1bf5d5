package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drupal.sh's editing of settings.php: one marked block, never twice, removable without a trace. */
class SettingsIncludeTest {
  private static final String SETTINGS = "<?php\n\n$databases['default']['default'] = ['password' => 'secret'];\n"
      + "$settings['hash_salt'] = 'x';\n";
  private static final String BLOCK = "// BEGIN produce: cache backend settings (managed by produce; --rollback"
      + " removes this block)\n"
      + "if (is_readable($app_root . '/' . $site_path . '/settings.produce.php')) {\n"
      + "  include $app_root . '/' . $site_path . '/settings.produce.php';\n"
      + "}\n"
      + "// END produce\n";

  @TempDir
  Path temp;
  private SourcedLibraries libraries;
  private Path settings;

  @BeforeEach
  void writeBundleAndSettings() throws Exception {
    libraries = new SourcedLibraries(WrittenBundle.write(ScriptTestProfiles.redis().profile(), temp));
    settings = temp.resolve("settings.php");
    Files.writeString(settings, SETTINGS);
  }

  @Test
  void include_isAppendedOnceAfterABlankLine_andAgainChangesNothing() throws Exception {
    String once = filtered("settings_with_include", settings);
    Files.writeString(settings, once);
    String twice = filtered("settings_with_include", settings);

    assertThat(once).isEqualTo(SETTINGS + "\n" + BLOCK);
    assertThat(twice).isEqualTo(once);
    assertThat(libraries.run("settings_include_current '" + settings + "'").exitCode()).isZero();
  }

  @Test
  void include_isCurrentOnlyWhenTheBlockIsThereExactlyOnce() throws Exception {
    assertThat(libraries.run("settings_include_current '" + settings + "'").exitCode()).isEqualTo(1);

    Files.writeString(settings, SETTINGS + "\n" + BLOCK + BLOCK);
    assertThat(libraries.run("settings_include_current '" + settings + "'").exitCode()).isEqualTo(1);
  }

  @Test
  void anOutdatedBlock_isReplacedWhereItStands_andDuplicatesAreDropped() throws Exception {
    String outdated = "// BEGIN produce: older\ninclude 'old.php';\n// END produce\n";
    Files.writeString(settings, "<?php\n" + outdated + "$a = 1;\n" + outdated);

    assertThat(filtered("settings_with_include", settings)).isEqualTo("<?php\n" + BLOCK + "$a = 1;\n");
  }

  @Test
  void theFileExistsGuardOfEarlierBundles_isReplacedByIsReadable() throws Exception {
    // the block bundles wrote before: a deploy user who may not read the fragment got a warning
    String earlier = BLOCK.replace("is_readable(", "file_exists(");
    Files.writeString(settings, SETTINGS + "\n" + earlier);

    assertThat(libraries.run("settings_include_current '" + settings + "'").exitCode()).isEqualTo(1);
    assertThat(filtered("settings_with_include", settings)).isEqualTo(SETTINGS + "\n" + BLOCK);
  }

  @Test
  void aFileWithoutTrailingNewline_getsOneBeforeTheBlock() throws Exception {
    Files.writeString(settings, "<?php\n$a = 1;");

    assertThat(filtered("settings_with_include", settings)).isEqualTo("<?php\n$a = 1;\n\n" + BLOCK);
  }

  @Test
  void removingTheInclude_givesBackTheOriginalBytes() throws Exception {
    Files.writeString(settings, filtered("settings_with_include", settings));

    assertThat(filtered("settings_without_include", settings)).isEqualTo(SETTINGS);
  }

  @Test
  void removeInPlace_keepsModeAndLeavesNoTemporaryFile() throws Exception {
    Files.writeString(settings, SETTINGS + "\n" + BLOCK);
    Shell chmod = Shell.run(temp, "chmod", "0444", settings.toString());
    assertThat(chmod.exitCode()).isZero();

    Shell removed = libraries.run("settings_remove_include '" + settings + "'");

    assertThat(removed.exitCode()).as(removed.output()).isZero();
    assertThat(Files.readString(settings)).isEqualTo(SETTINGS);
    assertThat(Shell.run(temp, "stat", "-c", "%a", settings.toString()).output().strip()).isEqualTo("444");
    try (var files = Files.list(temp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".produce."));
    }
  }

  @Test
  void unbalancedMarkers_andAClosingTag_areDetected() throws Exception {
    Files.writeString(settings, "<?php\n// BEGIN produce: x\n$a = 1;\n");
    assertThat(libraries.run("settings_markers_balanced '" + settings + "'").exitCode()).isEqualTo(1);
    Files.writeString(settings, SETTINGS + "\n" + BLOCK);
    assertThat(libraries.run("settings_markers_balanced '" + settings + "'").exitCode()).isZero();

    Files.writeString(settings, "<?php\n$a = 1;\n?>\n\n");
    assertThat(libraries.run("settings_ends_with_closing_tag '" + settings + "'").exitCode()).isZero();
    Files.writeString(settings, SETTINGS);
    assertThat(libraries.run("settings_ends_with_closing_tag '" + settings + "'").exitCode()).isEqualTo(1);
  }

  private String filtered(String function, Path file) throws Exception {
    Shell result = libraries.run(function + " '" + file + "'");
    assertThat(result.exitCode()).as(result.output()).isZero();
    return new String(result.output().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}
