package dev.produce.generators.scripts;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.model.ServerProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The bundle's static shell: plain scripts kept under {@code src/main/resources/shell/} in a tree
 * that mirrors the bundle (resource {@code shell/scripts/lib/files.sh} is bundle file {@code
 * scripts/lib/files.sh}), copied byte for byte with mode 0644, since {@code produce} sources them.
 * They are the same in every bundle; {@code produce} and {@code scripts/lib/bundle.sh} carry the
 * provenance and this profile's values.
 */
public final class StaticScripts {
  /** Every static script's bundle path, in bundle order. */
  public static final List<String> PATHS = List.of(
      "scripts/commands/produce.sh",
      "scripts/lib/backup.sh",
      "scripts/lib/cache-switch.sh",
      "scripts/lib/carry.sh",
      "scripts/lib/checks.sh",
      "scripts/lib/drupal.sh",
      "scripts/lib/endpoints.sh",
      "scripts/lib/files.sh",
      "scripts/lib/health.sh",
      "scripts/lib/log.sh",
      "scripts/lib/packages.sh",
      "scripts/lib/probes.sh",
      "scripts/lib/redis-switch.sh",
      "scripts/lib/services.sh",
      "scripts/lib/sync.sh",
      "scripts/lib/validate.sh");

  /** The classpath folder holding the static scripts. */
  public static final String RESOURCE_ROOT = "shell/";

  private StaticScripts() {}

  /** One generator per static script, in the order of {@link #PATHS}. */
  static List<FileGenerator> generators() {
    return PATHS.stream().<FileGenerator>map(Copy::new).toList();
  }

  /** The bundle file of static script {@code bundlePath}: the resource's text, mode 0644. */
  public static BundleFile file(String bundlePath) {
    String resource = RESOURCE_ROOT + bundlePath;
    try (InputStream in = StaticScripts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing static script resource " + resource);
      }
      return new BundleFile(bundlePath, new String(in.readAllBytes(), StandardCharsets.UTF_8), false);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** The generator of one static script: the same file whatever the profile; equal when the path is. */
  private record Copy(String bundlePath) implements FileGenerator {
    @Override
    public Optional<BundleFile> generate(ServerProfile profile) {
      return Optional.of(file(bundlePath));
    }
  }
}
