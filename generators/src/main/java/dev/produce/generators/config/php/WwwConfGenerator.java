package dev.produce.generators.config.php;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/**
 * {@code files/etc/php/<X.Y>/fpm/pool.d/www.conf}: the sized {@code www} pool. Pool settings only,
 * never opcache (known defect 10). The bundle path carries the PHP version, so the template is
 * {@code templates/files/etc/php/X.Y/fpm/pool.d/www.conf.vm}.
 */
public final class WwwConfGenerator implements FileGenerator {
  static final String TEMPLATE = "files/etc/php/X.Y/fpm/pool.d/www.conf";

  /** Where the file is installed on the target, e.g. {@code /etc/php/8.2/fpm/pool.d/www.conf}. */
  public static String target(ServerProfile profile) {
    return profile.php().fpmConfDir() + "/pool.d/www.conf";
  }

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return profile.file(target(profile)).map(file -> Templates.file(
        TEMPLATE, file.bundlePath(), profile, Map.of("pool", profile.phpFpm().orElseThrow()), false));
  }
}
