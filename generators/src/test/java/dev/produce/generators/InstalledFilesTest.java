package dev.produce.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.generators.config.InstalledFiles;
import dev.produce.generators.render.BundleFile;
import dev.produce.model.BundlePlan;
import dev.produce.model.CacheBackend;
import dev.produce.model.Daemon;
import dev.produce.model.Inputs;
import dev.produce.model.ManagedFile;
import dev.produce.model.PhpVersion;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model's plan and the templates match one to one: every template under
 * {@code templates/files/} renders some plan entry, and a plan entry the templates cannot render
 * fails the compile instead of leaving its file out of the bundle.
 */
class InstalledFilesTest {
  /** Every kind of plan: each backend and scope, with and without the microcache, each PHP version. */
  private static List<ServerProfile> everyPlan() {
    List<ServerProfile> profiles = new ArrayList<>();
    for (PhpVersion php : PhpVersion.SUPPORTED) {
      for (CacheBackend cache : CacheBackend.values()) {
        profiles.add(Profiles.compute(Inputs.builder().cache(cache).php(php).build()));
        profiles.add(Profiles.compute(Inputs.builder().cache(cache).php(php).microcacheSeconds(5).build()));
        if (cache != CacheBackend.NONE) {
          profiles.add(Profiles.compute(Inputs.builder().cache(cache).php(php).noPerformance(true).build()));
        }
      }
      profiles.add(Profiles.compute(Inputs.builder().performanceOnly(true).php(php).build()));
    }
    return profiles;
  }

  private static Set<String> templatesUnderFiles() throws IOException, URISyntaxException {
    Path root = Path.of(InstalledFilesTest.class.getResource("/templates/files").toURI()).getParent();
    try (Stream<Path> paths = Files.walk(root.resolve("files"))) {
      return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .map(p -> p.substring(0, p.length() - ".vm".length())).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void everyTemplateUnderFiles_rendersAPlanEntry_andEveryEntryHasOne() throws Exception {
    Set<String> planned = everyPlan().stream().flatMap(p -> p.plan().files().stream()).map(ManagedFile::template)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(planned).isEqualTo(templatesUnderFiles());
  }

  @Test
  void render_givesEachPlanEntryItsFileAtItsBundlePath() {
    for (ServerProfile profile : everyPlan()) {
      assertThat(InstalledFiles.render(profile)).extracting(BundleFile::path)
          .containsExactlyElementsOf(profile.plan().files().stream().map(ManagedFile::bundlePath).toList());
    }
  }

  @Test
  void bundle_ofAPlanEntryWithoutATemplate_failsInsteadOfDroppingTheFile() {
    ServerProfile profile = withExtraEntry(TestProfiles.redis(),
        new ManagedFile("files/etc/unplanned.conf", "/etc/unplanned.conf", Daemon.NGINX, "root", "root", "0644"));

    assertThatThrownBy(() -> Generators.bundle(profile)).hasMessageContaining("templates/files/etc/unplanned.conf.vm");
  }

  @Test
  void bundle_ofAPlanEntryWhoseTemplateNeedsAnAbsentPart_fails() {
    ServerProfile memcache = TestProfiles.memcache();
    ServerProfile profile = withExtraEntry(memcache,
        TestProfiles.redis().plan().file("/etc/redis/redis.conf").orElseThrow());

    assertThatThrownBy(() -> Generators.bundle(profile)).hasMessageContaining("templates/files/etc/redis/redis.conf.vm");
  }

  private static ServerProfile withExtraEntry(ServerProfile profile, ManagedFile extra) {
    BundlePlan plan = profile.plan();
    List<ManagedFile> files = new ArrayList<>(plan.files());
    files.add(extra);
    BundlePlan widened = new BundlePlan(files, plan.directories(), plan.retiredFiles(), plan.services(),
        plan.requiredPackages());
    return new ServerProfile(profile.inputs(), profile.budget(), profile.platform(), profile.phpFpm(),
        profile.phpIni(), profile.nginx(), profile.redis(), profile.memcached(), profile.drupal(), widened,
        profile.derivations());
  }
}
