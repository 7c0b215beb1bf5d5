package dev.produce.generators.config;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.Templates;
import dev.produce.model.ManagedFile;
import dev.produce.model.ServerProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the files the model's {@link dev.produce.model.BundlePlan} installs on the target: each
 * entry's template ({@code templates/<template>.vm}) at the entry's bundle path. No path is chosen
 * here. Every template sees the distro's {@code $platform} and the profile's parts that exist
 * ({@code $redis}, {@code $memcached}, {@code $pool}, {@code $ini}, {@code $nginx}, {@code $wiring});
 * a template that names a part the profile lacks, or an entry whose template is missing, fails the
 * compile (Velocity strict mode).
 */
public final class InstalledFiles {
  private InstalledFiles() {}

  /** One bundle file per plan entry, in installation order. */
  public static List<BundleFile> render(ServerProfile profile) {
    Map<String, Object> parts = parts(profile);
    return profile.plan().files().stream().map(file -> render(file, profile, parts)).toList();
  }

  private static BundleFile render(ManagedFile file, ServerProfile profile, Map<String, Object> parts) {
    return Templates.file(file.template(), file.bundlePath(), profile, parts, false);
  }

  /** The profile's parts by the names the templates use; absent parts are left out. */
  private static Map<String, Object> parts(ServerProfile profile) {
    Map<String, Object> parts = new HashMap<>();
    parts.put("platform", profile.platform());
    profile.redis().ifPresent(redis -> parts.put("redis", redis));
    profile.memcached().ifPresent(memcached -> parts.put("memcached", memcached));
    profile.phpFpm().ifPresent(pool -> parts.put("pool", pool));
    profile.phpIni().ifPresent(ini -> parts.put("ini", ini));
    profile.nginx().ifPresent(nginx -> parts.put("nginx", nginx));
    profile.drupal().ifPresent(drupal -> parts.put("wiring", new DrupalCacheWiring(drupal)));
    return parts;
  }
}
