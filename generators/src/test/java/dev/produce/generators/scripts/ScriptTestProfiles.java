package dev.produce.generators.scripts;

import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.PhpVersion;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import java.util.List;

/** The profiles the script tests render: every backend and scope, another PHP version and site root. */
record ScriptTestProfiles(String name, ServerProfile profile) {
  @Override
  public String toString() {
    return name;
  }

  static ScriptTestProfiles redis() {
    return new ScriptTestProfiles("redis-2048m", Profiles.compute(Inputs.builder().memoryMb(2048)
        .cache(CacheBackend.REDIS).build()));
  }

  static ScriptTestProfiles memcache() {
    return new ScriptTestProfiles("memcache-4096m-4cpus", Profiles.compute(Inputs.builder().memoryMb(4096)
        .cache(CacheBackend.MEMCACHE).cpus(4).build()));
  }

  static ScriptTestProfiles none() {
    return new ScriptTestProfiles("none-1024m", Profiles.compute(Inputs.builder().memoryMb(1024)
        .cache(CacheBackend.NONE).build()));
  }

  static ScriptTestProfiles performanceOnly() {
    return new ScriptTestProfiles("performance-only-16g", Profiles.compute(Inputs.builder().memoryMb(16384)
        .performanceOnly(true).build()));
  }

  static ScriptTestProfiles cacheOnlyOtherPhpAndSite() {
    return new ScriptTestProfiles("memcache-no-performance-php83-srv", Profiles.compute(Inputs.builder()
        .memoryMb(512).cache(CacheBackend.MEMCACHE).noPerformance(true).php(PhpVersion.parse("8.3"))
        .siteRoot("/srv/www/example.org").build()));
  }

  static ScriptTestProfiles microcache() {
    return new ScriptTestProfiles("redis-4096m-microcache5", Profiles.compute(Inputs.builder().memoryMb(4096)
        .microcacheSeconds(5).build()));
  }

  static ScriptTestProfiles valkey() {
    return new ScriptTestProfiles("valkey-2048m", Profiles.compute(Inputs.builder().memoryMb(2048)
        .cache(CacheBackend.VALKEY).build()));
  }

  static ScriptTestProfiles debian12Redis() {
    return new ScriptTestProfiles("debian12-redis-2048m", Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12)
        .memoryMb(2048).cache(CacheBackend.REDIS).build()));
  }

  static List<ScriptTestProfiles> all() {
    return List.of(redis(), memcache(), none(), performanceOnly(), cacheOnlyOtherPhpAndSite(), microcache(), valkey(),
        debian12Redis());
  }
}
