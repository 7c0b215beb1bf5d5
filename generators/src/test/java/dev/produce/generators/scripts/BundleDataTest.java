package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.Inputs;
import dev.produce.model.ManagedDirectory;
import dev.produce.model.ManagedFile;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What bash reads from the generated scripts/lib/bundle.sh equals the profile. */
class BundleDataTest {
  static List<ScriptTestProfiles> profiles() {
    List<ScriptTestProfiles> profiles = new ArrayList<>(ScriptTestProfiles.all());
    profiles.add(new ScriptTestProfiles("redis-4096m-microcache-5s", Profiles.compute(Inputs.builder()
        .memoryMb(4096).cache(CacheBackend.REDIS).microcacheSeconds(5).build())));
    return profiles;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void bash_readsTheManagedFilesPackagesAndPaths(ScriptTestProfiles named, @TempDir Path temp) throws Exception {
    ServerProfile profile = named.profile();
    Path bundle = WrittenBundle.write(profile, temp);

    Shell result = Shell.bash(bundle, String.join("\n",
        "set -euo pipefail",
        "source scripts/lib/bundle.sh",
        "printf 'file=%s\\n' \"${BUNDLE_MANAGED_FILES[@]}\"",
        "printf 'package=%s\\n' \"${BUNDLE_REQUIRED_PACKAGES[@]}\"",
        "printf 'directories=%s\\n' \"${#BUNDLE_MANAGED_DIRECTORIES[@]}\"",
        "for d in \"${BUNDLE_MANAGED_DIRECTORIES[@]}\"; do printf 'directory=%s\\n' \"$d\"; done",
        "printf 'php=%s %s %s\\n' \"$BUNDLE_PHP_VERSION\" \"$BUNDLE_PHP_FPM_SERVICE\" \"$BUNDLE_PHP_FPM_SOCKET\"",
        "printf 'site=%s %s\\n' \"$BUNDLE_SITE_ROOT\" \"$BUNDLE_SETTINGS_PHP\"",
        "printf 'cache=%s\\n' \"$BUNDLE_CACHE_BACKEND\"",
        "(BUNDLE_CACHE_BACKEND=changed) 2>/dev/null || echo readonly"));

    assertThat(result.exitCode()).as(result.output()).isZero();
    List<String> lines = result.output().lines().toList();
    assertThat(lines.stream().filter(l -> l.startsWith("file=")).map(l -> l.substring(5)))
        .containsExactlyElementsOf(profile.files().stream().map(BundleDataTest::manifestLine).toList());
    assertThat(lines.stream().filter(l -> l.startsWith("package=")).map(l -> l.substring(8)))
        .containsExactlyElementsOf(profile.requiredPackages());
    assertThat(lines.stream().filter(l -> l.startsWith("directory=")).map(l -> l.substring(10)))
        .containsExactlyElementsOf(profile.directories().stream().map(BundleDataTest::directoryLine).toList());
    assertThat(lines).contains("directories=" + profile.directories().size());
    assertThat(lines).contains(
        "php=" + profile.php().version() + " " + profile.php().fpmService() + " " + profile.php().fpmSocket(),
        "site=" + profile.inputs().siteRoot() + " " + profile.inputs().docroot() + "/sites/default/settings.php",
        "cache=" + profile.inputs().cache().optionValue(),
        "readonly");
  }

  private static String directoryLine(ManagedDirectory d) {
    return d.path() + "|" + BundleVariables.daemonName(d.daemon()) + "|" + d.owner() + "|" + d.group() + "|"
        + d.mode();
  }

  private static String manifestLine(ManagedFile f) {
    return f.bundlePath() + "|" + f.targetPath() + "|" + BundleVariables.daemonName(f.daemon()) + "|" + f.owner()
        + "|" + f.group() + "|" + f.mode();
  }
}
