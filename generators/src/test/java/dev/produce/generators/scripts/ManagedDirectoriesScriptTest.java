package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sync.sh's managed directories and retired files, and backup.sh's restore of them, run by bash on
 * this machine in a temporary tree: the directories, the backup root and the tree restores may touch
 * ({@code /var/cache} on a server) all lie below it. Owners need root (backups are root's).
 */
class ManagedDirectoriesScriptTest {
  @TempDir
  Path temp;
  private Path bundle;
  private Path cache;
  private Path parent;
  private Path leaf;
  private Path snippet;

  @BeforeEach
  void writeBundle() throws Exception {
    assumeTrue(Shell.run(temp, "id", "-u").output().strip().equals("0"), "chown and backups need root");
    bundle = WrittenBundle.write(ScriptTestProfiles.redis().profile(), temp);
    cache = Files.createDirectory(temp.resolve("cache"));
    parent = cache.resolve("nginx");
    leaf = parent.resolve("produce-microcache");
    snippet = Files.createDirectory(temp.resolve("snippets")).resolve("produce-microcache.conf");
  }

  /** Runs {@code script} in MODE with the bundle's libraries and this test's directories. */
  private Shell run(String mode, String script) throws Exception {
    return Shell.bash(bundle, String.join("\n",
        "set -euo pipefail",
        "PRODUCE_ROOT=\"$PWD\"",
        "PRODUCE_MODE=" + mode,
        "BUNDLE_MANAGED_DIRECTORIES=('" + parent + "|nginx|root|root|0755' '" + leaf
            + "|nginx|nobody|nogroup|0700')",
        "BUNDLE_RETIRED_FILES=('" + snippet + "|nginx')",
        "PACKAGES_TO_INSTALL=()",
        "source scripts/lib/log.sh",
        "source scripts/lib/files.sh",
        "source scripts/lib/checks.sh",
        "source <(sed -e \"s|^readonly PRODUCE_BACKUP_ROOT=.*|readonly PRODUCE_BACKUP_ROOT='" + temp.resolve("backups")
            + "'|\" -e \"s|^readonly PRODUCE_DIRECTORY_ROOT=.*|readonly PRODUCE_DIRECTORY_ROOT='" + cache
            + "'|\" scripts/lib/backup.sh)",
        "source scripts/lib/sync.sh",
        "fail() { log_error \"$*\"; exit 1; }",
        script));
  }

  private String stat(Path path) throws Exception {
    return Shell.run(temp, "stat", "-c", "%U:%G %a", path.toString()).output().strip();
  }

  private String entries() throws Exception {
    return Shell.bash(temp, "cat backups/*/entries").output();
  }

  @Test
  void dryRun_saysItWouldCreateEachMissingDirectory_andCreatesNothing() throws Exception {
    Shell result = run("dry-run", "sync_managed_directories nginx; echo \"changes=$CHANGED_COUNT\"");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output().lines()).containsExactly(
        "produce: would create " + parent + " (root:root 0755)",
        "produce: would create " + leaf + " (nobody:nogroup 0700)",
        "changes=2");
    assertThat(parent).doesNotExist();
    assertThat(temp.resolve("backups")).doesNotExist();
  }

  @Test
  void check_reportsMissingDirectoriesAndWrongModesAsDrift() throws Exception {
    Shell missing = run("check", "sync_managed_directories nginx; echo \"changes=$CHANGED_COUNT\"");
    Files.createDirectories(leaf);
    Shell.run(temp, "chown", "nobody:nogroup", leaf.toString());
    Shell.run(temp, "chmod", "0755", leaf.toString(), parent.toString());
    Shell wrongMode = run("check", "sync_managed_directories nginx; echo \"changes=$CHANGED_COUNT\"");

    assertThat(missing.output().lines()).containsExactly("produce: drift: " + parent + ": missing",
        "produce: drift: " + leaf + ": missing", "changes=2");
    assertThat(wrongMode.output().lines()).containsExactly("produce: unchanged: " + parent,
        "produce: drift: " + leaf + ": mode 0755, bundle says 0700", "changes=1");
    assertThat(temp.resolve("backups")).doesNotExist();
  }

  @Test
  void apply_createsParentsFirstWithOwnerAndMode_andASecondRunChangesNothing() throws Exception {
    Shell applied = run("apply", "sync_managed_directories nginx; echo \"kinds=${CHANGED_KINDS[*]}\"");
    Shell again = run("apply", "sync_managed_directories nginx; echo \"changes=$CHANGED_COUNT\"");

    assertThat(applied.exitCode()).as(applied.output()).isZero();
    assertThat(applied.output()).contains("produce: created " + parent + " (root:root 0755)\n",
        "produce: created " + leaf + " (nobody:nogroup 0700)\n", "kinds=nginx nginx");
    assertThat(stat(parent)).isEqualTo("root:root 755");
    assertThat(stat(leaf)).isEqualTo("nobody:nogroup 700");
    assertThat(entries()).isEqualTo("dir-absent|-|-|-|nginx|-|" + parent + "\n"
        + "dir-absent|-|-|-|nginx|-|" + leaf + "\n");
    assertThat(again.output().lines()).containsExactly("produce: unchanged: " + parent,
        "produce: unchanged: " + leaf, "changes=0");
  }

  @Test
  void restore_removesTheCreatedCacheWithItsContent_andItsParentWhenEmpty() throws Exception {
    run("apply", "sync_managed_directories nginx");
    Files.createDirectories(leaf.resolve("a/bc"));
    Files.writeString(leaf.resolve("a/bc/page"), "cached\n");

    Shell restored = run("apply", "backup_restore \"$(ls -d " + temp + "/backups/*)\" rollback;"
        + " echo \"restored=$RESTORED_COUNT ${RESTORED_KINDS[*]}\"");

    assertThat(restored.exitCode()).as(restored.output()).isZero();
    assertThat(restored.output().lines()).containsExactly(
        "produce: removed " + leaf + " and its content (it did not exist before)",
        "produce: removed " + parent + " (it did not exist before)",
        "restored=2 nginx nginx");
    assertThat(parent).doesNotExist();
    assertThat(cache).isDirectory();
  }

  @Test
  void restore_keepsACreatedParentThatHoldsSomethingElse_withAWarning() throws Exception {
    run("apply", "sync_managed_directories nginx");
    Files.writeString(parent.resolve("other"), "someone else's\n");

    Shell restored = run("apply", "backup_restore \"$(ls -d " + temp + "/backups/*)\" failure");

    assertThat(restored.exitCode()).as(restored.output()).isZero();
    assertThat(restored.output()).contains("produce: warning: kept " + parent + ": produce created it, but it is"
        + " not empty now");
    assertThat(leaf).doesNotExist();
    assertThat(parent.resolve("other")).hasContent("someone else's");
  }

  @Test
  void apply_bringsAnExistingDirectoryInLine_andRestoreGivesItsOwnerAndModeBack() throws Exception {
    Files.createDirectories(leaf);
    Shell.run(temp, "chown", "daemon:daemon", leaf.toString());
    Shell.run(temp, "chmod", "2750", leaf.toString());
    Files.writeString(leaf.resolve("kept"), "x\n");

    Shell applied = run("apply", "sync_managed_directories nginx");
    String afterApply = stat(leaf);
    Shell restored = run("apply", "backup_restore \"$(ls -d " + temp + "/backups/*)\" rollback");

    assertThat(applied.output()).contains("produce: unchanged: " + parent,
        "produce: set " + leaf + " to nobody:nogroup 0700 (owner daemon:daemon, bundle says nobody:nogroup)");
    assertThat(afterApply).isEqualTo("nobody:nogroup 700");
    assertThat(entries()).isEqualTo("dir-existed|1|1|2750|nginx|-|" + leaf + "\n");
    assertThat(restored.output()).contains("produce: restored the owner and mode of " + leaf);
    assertThat(stat(leaf)).isEqualTo("daemon:daemon 2750");
    assertThat(leaf.resolve("kept")).exists();
  }

  @Test
  void restore_refusesDirectoriesOutsideItsTree_andTheTreeItself() throws Exception {
    Path backup = Files.createDirectories(temp.resolve("backups/run"));
    Files.writeString(backup.resolve("entries"), String.join("\n", "dir-absent|-|-|-|nginx|-|/",
        "dir-absent|-|-|-|nginx|-|", "dir-absent|-|-|-|nginx|-|" + temp, "dir-absent|-|-|-|nginx|-|" + cache,
        "dir-absent|-|-|-|nginx|-|" + cache + "/../snippets", "dir-existed|0|0|777|nginx|-|" + cache + "/./x", ""));

    Shell restored = run("apply", "backup_restore '" + backup + "' rollback || echo \"status=$?\"");

    assertThat(restored.output()).contains("status=1", "refusing to restore /:", "refusing to restore " + temp + ":",
        "refusing to restore " + cache + ":", "refusing to restore " + cache + "/../snippets");
    assertThat(restored.output()).doesNotContain("removed");
    assertThat(cache).isDirectory();
    assertThat(temp.resolve("snippets")).isDirectory();
  }

  @Test
  void retiredFile_isReportedAsDrift_removedWithABackup_andRestored() throws Exception {
    Files.writeString(snippet, "fastcgi_cache produce_microcache;\n");
    Shell.run(temp, "chmod", "0644", snippet.toString());

    Shell check = run("check", "retire_daemon_files nginx; echo \"changes=$CHANGED_COUNT\"");
    Shell dryRun = run("dry-run", "retire_daemon_files nginx");
    Shell applied = run("apply", "retire_daemon_files nginx; echo \"kinds=${CHANGED_KINDS[*]}\"");
    boolean goneAfterApply = !Files.exists(snippet);
    Shell again = run("apply", "retire_daemon_files nginx; echo \"changes=$CHANGED_COUNT\"");
    Shell restored = run("apply", "backup_restore \"$(ls -d " + temp + "/backups/*)\" rollback");

    assertThat(check.output()).contains("drift: " + snippet + ": installed by an earlier bundle", "changes=1");
    assertThat(dryRun.output()).contains("would remove " + snippet, "-fastcgi_cache produce_microcache;");
    assertThat(applied.output()).contains("removed " + snippet, "kinds=nginx");
    assertThat(goneAfterApply).isTrue();
    assertThat(again.output()).contains("changes=0");
    assertThat(restored.output()).contains("restored " + snippet);
    assertThat(snippet).hasContent("fastcgi_cache produce_microcache;");
    assertThat(stat(snippet)).isEqualTo("root:root 644");
  }

  @Test
  void preflight_refusesADirectoryThatIsAFileOrALink_butNotAMissingOne() throws Exception {
    Shell missing = run("apply", "check_directory_targets; echo \"problems=${#PREFLIGHT_PROBLEMS[@]}\"");
    Files.createDirectories(cache);
    Files.writeString(parent, "not a directory\n");
    Shell file = run("apply", "check_directory_targets; printf '%s\\n' \"${PREFLIGHT_PROBLEMS[@]}\"");
    Files.delete(parent);
    Files.createSymbolicLink(parent, temp.resolve("snippets"));
    Shell link = run("apply", "check_directory_targets; printf '%s\\n' \"${PREFLIGHT_PROBLEMS[@]}\"");

    assertThat(missing.output()).contains("problems=0");
    assertThat(file.output()).contains(parent + " exists and is not a directory");
    assertThat(link.output()).contains(parent + " is a symbolic link");
  }
}
