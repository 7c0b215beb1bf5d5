package dev.produce.generators.config.nginx;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/**
 * {@code files/etc/nginx/snippets/produce-drupal.conf}: server-context locations for Drupal's static
 * assets, image-style derivatives and css/js aggregates, each falling back to {@code /index.php}
 * (known defect 3), the generated-file locations before the extension rule.
 */
public final class ProduceDrupalConfGenerator implements FileGenerator {
  /** Where the file is installed on the target. */
  public static final String TARGET = "/etc/nginx/snippets/produce-drupal.conf";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return profile.file(TARGET).map(file -> Templates.file(
        file.bundlePath(), profile, Map.of("nginx", profile.nginx().orElseThrow()), false));
  }
}
