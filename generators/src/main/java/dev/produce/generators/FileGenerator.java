package dev.produce.generators;

import dev.produce.model.ServerProfile;
import java.util.Optional;

/**
 * Produces one bundle file from the profile. Implementations are named after the file they
 * produce and render exactly one template, {@code templates/<bundle path>.vm}.
 */
public interface FileGenerator {
  /** The bundle path this generator writes, e.g. {@code files/etc/redis/redis.conf}. */
  String path();

  /** The file for {@code profile}, or empty when the profile does not need it (e.g. redis.conf for memcache). */
  Optional<BundleFile> generate(ServerProfile profile);
}
