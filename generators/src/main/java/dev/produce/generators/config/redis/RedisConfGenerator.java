package dev.produce.generators.config.redis;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/** {@code files/etc/redis/redis.conf}: Redis as a memory-only LRU cache, on Debian's paths. */
public final class RedisConfGenerator implements FileGenerator {
  /** Where the file is installed on the target. */
  public static final String TARGET = "/etc/redis/redis.conf";

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return profile.file(TARGET).map(file -> Templates.file(
        file.bundlePath(), profile, Map.of("redis", profile.redis().orElseThrow()), false));
  }
}
