package dev.produce.generators.config.nginx;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/**
 * {@code files/etc/nginx/snippets/produce-microcache.conf} (with {@code --microcache} only): the
 * server-context FastCGI cache directives, bypassing and never storing anything personal.
 */
public final class ProduceMicrocacheConfGenerator implements FileGenerator {
  /** Where the file is installed on the target. */
  public static final String TARGET = "/etc/nginx/snippets/produce-microcache.conf";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return profile.file(TARGET).map(file -> Templates.file(
        file.bundlePath(), profile, Map.of("nginx", profile.nginx().orElseThrow()), false));
  }
}
