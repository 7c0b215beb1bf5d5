package dev.produce.generators.apply;

import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.Generators;
import dev.produce.model.CacheBackend;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import java.io.IOException;
import java.nio.file.Path;

/** Profiles the container tests apply, compiled for {@link ItPlatform#current()}'s distro, and their bundles. */
final class Bundles {
  private Bundles() {}

  /** Inputs for the distro of the platform the tests run on. */
  private static Inputs.Builder inputs() {
    return Inputs.builder().distro(ItPlatform.current().distro());
  }

  static ServerProfile profile(int memoryMb, CacheBackend cache) {
    return Profiles.compute(inputs().memoryMb(memoryMb).cache(cache).build());
  }

  /** A full profile whose nginx keeps a FastCGI microcache for {@code seconds} (--microcache). */
  static ServerProfile microcache(int memoryMb, CacheBackend cache, int seconds) {
    return Profiles.compute(inputs()
        .memoryMb(memoryMb).cache(cache).microcacheSeconds(seconds).build());
  }

  static ServerProfile performanceOnly(int memoryMb) {
    return Profiles.compute(inputs().memoryMb(memoryMb).performanceOnly(true).build());
  }

  static ServerProfile cacheOnly(int memoryMb, CacheBackend cache) {
    return Profiles.compute(inputs()
        .memoryMb(memoryMb).cache(cache).noPerformance(true).build());
  }

  static ServerProfile withSiteRoot(int memoryMb, CacheBackend cache, String siteRoot) {
    return Profiles.compute(inputs()
        .memoryMb(memoryMb).cache(cache).siteRoot(siteRoot).build());
  }

  /** Writes the bundle of {@code profile} to {@code parent/name} and returns that directory. */
  static Path write(ServerProfile profile, Path parent, String name) throws IOException {
    Path dir = parent.resolve(name);
    BundleWriter.write(Generators.bundle(profile), dir, false);
    return dir;
  }
}
