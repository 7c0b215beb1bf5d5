package dev.produce.generators.config.memcached;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/** {@code files/etc/memcached.conf}: Memcached's options in Debian's one-option-per-line format. */
public final class MemcachedConfGenerator implements FileGenerator {
  /** Where the file is installed on the target. */
  public static final String TARGET = "/etc/memcached.conf";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return profile.file(TARGET).map(file -> Templates.file(
        file.bundlePath(), profile, Map.of("memcached", profile.memcached().orElseThrow()), false));
  }
}
