package dev.produce.generators.render;

import dev.produce.model.ServerProfile;
import java.util.Optional;

/**
 * Produces one script or metadata file of the bundle from the profile. Implementations are named
 * after the file they produce and render exactly one template, {@code templates/<bundle path>.vm}.
 * The files installed on the target have no generator of their own: {@code config.InstalledFiles}
 * renders the model's {@link dev.produce.model.BundlePlan}.
 */
public interface FileGenerator {
  /** The file for {@code profile}, or empty when the profile does not need it (e.g. redis.conf for memcache). */
  Optional<BundleFile> generate(ServerProfile profile);
}
