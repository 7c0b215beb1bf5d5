package dev.produce.generators.render;

import dev.produce.model.ServerProfile;
import java.util.Optional;

/**
 * Produces one bundle file from the profile. Implementations are named after the file they
 * produce and render exactly one template, {@code templates/<bundle path>.vm}. The bundle path may
 * depend on the profile (e.g. {@code files/etc/php/8.2/fpm/pool.d/www.conf}), so it is part of the
 * returned {@link BundleFile}.
 */
public interface FileGenerator {
  /** The file for {@code profile}, or empty when the profile does not need it (e.g. redis.conf for memcache). */
  Optional<BundleFile> generate(ServerProfile profile);
}
