package dev.produce.generators.config.php;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/**
 * {@code files/etc/php/<X.Y>/fpm/conf.d/90-produce.ini}: opcache, realpath cache and APCu, the
 * INI_SYSTEM settings that only an ini file read at start-up can set. Template:
 * {@code templates/files/etc/php/X.Y/fpm/conf.d/90-produce.ini.vm}.
 */
public final class ProduceIniGenerator implements FileGenerator {
  static final String TEMPLATE = "files/etc/php/X.Y/fpm/conf.d/90-produce.ini";

  /** Where the file is installed on the target, e.g. {@code /etc/php/8.2/fpm/conf.d/90-produce.ini}. */
  public static String target(ServerProfile profile) {
    return profile.php().fpmConfDir() + "/conf.d/90-produce.ini";
  }

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return profile.file(target(profile)).map(file -> Templates.file(
        TEMPLATE, file.bundlePath(), profile, Map.of("ini", profile.phpIni().orElseThrow()), false));
  }
}
