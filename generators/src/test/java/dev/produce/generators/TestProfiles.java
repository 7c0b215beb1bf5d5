package dev.produce.generators;

import dev.produce.model.CacheBackend;
import dev.produce.model.Inputs;
import dev.produce.model.PhpVersion;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;

/** Profiles the tests compile, named for what they configure. */
final class TestProfiles {
  private TestProfiles() {}

  /** The smallest machine accepted: 512 MB, one CPU, redis. */
  static ServerProfile smallest() {
    return Profiles.compute(Inputs.builder().memoryMb(512).cpus(1).build());
  }

  static ServerProfile redis() {
    return Profiles.compute(Inputs.builder().memoryMb(2048).cache(CacheBackend.REDIS).build());
  }

  static ServerProfile memcache() {
    return Profiles.compute(Inputs.builder().memoryMb(4096).cache(CacheBackend.MEMCACHE).cpus(4).build());
  }

  /** A redis bundle with a 5 s nginx microcache. */
  static ServerProfile microcache() {
    return Profiles.compute(Inputs.builder().memoryMb(4096).cache(CacheBackend.REDIS).microcacheSeconds(5).build());
  }

  static ServerProfile performanceOnly() {
    return Profiles.compute(Inputs.builder().memoryMb(16384).performanceOnly(true).build());
  }

  static ServerProfile cacheOnly() {
    return Profiles.compute(Inputs.builder().memoryMb(2048).cache(CacheBackend.REDIS).noPerformance(true)
        .php(PhpVersion.parse("8.3")).siteRoot("/srv/www/example").build());
  }
}
