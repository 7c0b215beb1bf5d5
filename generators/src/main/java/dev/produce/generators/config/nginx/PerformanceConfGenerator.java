package dev.produce.generators.config.nginx;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/**
 * {@code files/etc/nginx/conf.d/performance.conf}: http-context directives only, none that Debian's
 * nginx.conf already sets, and no {@code location} (known defects 1 and 2).
 */
public final class PerformanceConfGenerator implements FileGenerator {
  /** Where the file is installed on the target. */
  public static final String TARGET = "/etc/nginx/conf.d/performance.conf";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return profile.file(TARGET).map(file -> Templates.file(
        file.bundlePath(), profile, Map.of("nginx", profile.nginx().orElseThrow()), false));
  }
}
