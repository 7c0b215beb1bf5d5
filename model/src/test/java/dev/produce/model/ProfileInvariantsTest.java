package dev.produce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants that must hold for every accepted input: the PHP-FPM pool ordering php-fpm
 * enforces at start-up, and a memory budget that fits the machine. Swept over every 64 MB step from
 * 512 MB to 64 GB and a logarithmic sweep to 1 TB, for every backend, scope and several CPU counts.
 */
class ProfileInvariantsTest {
  private static final int[] CPUS = {1, 2, 3, 4, 8, 16, 64, 256};

  static List<Integer> memorySizes() {
    List<Integer> sizes = new ArrayList<>();
    for (int mb = 512; mb <= 64 * 1024; mb += 64) {
      sizes.add(mb);
    }
    for (double mb = 64 * 1024; mb <= Inputs.MAX_MEMORY_MB; mb *= 1.25) {
      sizes.add((int) mb);
    }
    sizes.add(Inputs.MAX_MEMORY_MB);
    return sizes;
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of(CacheBackend.REDIS, Scope.FULL, 0),
        Arguments.of(CacheBackend.MEMCACHE, Scope.FULL, 0),
        Arguments.of(CacheBackend.NONE, Scope.FULL, 0),
        Arguments.of(CacheBackend.NONE, Scope.PERFORMANCE_ONLY, 0),
        Arguments.of(CacheBackend.REDIS, Scope.CACHE_ONLY, 0),
        Arguments.of(CacheBackend.MEMCACHE, Scope.CACHE_ONLY, 0),
        Arguments.of(CacheBackend.REDIS, Scope.FULL, 5),
        Arguments.of(CacheBackend.MEMCACHE, Scope.FULL, 600),
        Arguments.of(CacheBackend.NONE, Scope.PERFORMANCE_ONLY, 1));
  }

  @ParameterizedTest(name = "{0} {1} microcache {2}")
  @MethodSource("variants")
  void everyMemorySizeAndCpuCount_keepsPoolOrderAndFitsTheBudget(CacheBackend cache, Scope scope, int microcache) {
    int checked = 0;
    for (int memory : memorySizes()) {
      for (int cpus : CPUS) {
        ServerProfile p = Profiles.compute(inputs(memory, cache, cpus, 64, scope, microcache));
        assertInvariants(p);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(8000);
  }

  @ParameterizedTest(name = "fpm-process-mb {0}")
  @MethodSource("workerSizes")
  void largerWorkers_stillFitWhereAccepted(int processMb) {
    for (int memory : memorySizes()) {
      for (int cpus : new int[] {1, 4, 32}) {
        Inputs in = inputs(memory, CacheBackend.REDIS, cpus, processMb, Scope.FULL, 5);
        try {
          assertInvariants(Profiles.compute(in));
        } catch (InvalidInputException e) {
          assertThat(e.option()).isEqualTo("--fpm-process-mb");
          assertThat(memory).as("only small machines refuse large workers").isLessThan(processMb * 4);
        }
      }
    }
  }

  static Stream<Integer> workerSizes() {
    return Stream.of(16, 48, 128, 256, 512, 2048);
  }

  private static void assertInvariants(ServerProfile p) {
    MemoryBudget b = p.budget();
    String at = p.inputs().toCommandLine();
    assertThat(b.plannedMb()).as("budget fits: " + at).isLessThanOrEqualTo(b.totalMb());
    assertThat((long) b.osReserveMb() + b.cacheDaemonMb() + b.opcacheMb() + b.apcuMb() + b.microcacheZoneMb()
        + b.fpmWorkersMb()).as("parts fit: " + at).isLessThanOrEqualTo(b.totalMb());
    Optional<NginxMicrocache> microcache = p.nginx().flatMap(NginxProfile::microcache);
    assertThat(microcache.isPresent()).as("microcache iff asked: " + at).isEqualTo(p.inputs().microcache());
    assertThat(b.microcacheZoneMb()).as("zone counted: " + at)
        .isEqualTo(microcache.map(NginxMicrocache::keysZoneMb).orElse(0));
    microcache.ifPresent(m -> {
      assertThat(m.validSeconds()).isEqualTo(p.inputs().microcacheSeconds());
      assertThat(m.maxSizeMb()).as("cached pages fit beside the budget: " + at)
          .isLessThanOrEqualTo(Math.max(32, b.totalMb() / 16));
      assertThat(p.directories()).extracting(ManagedDirectory::path).endsWith(m.path());
      assertThat(p.file("/etc/nginx/snippets/produce-microcache.conf")).isPresent();
    });
    if (microcache.isEmpty()) {
      assertThat(p.directories()).as(at).isEmpty();
      assertThat(p.file("/etc/nginx/snippets/produce-microcache.conf")).as(at).isEmpty();
    }
    p.phpFpm().ifPresent(pool -> {
      assertThat(pool.minSpareServers()).as("min_spare ≥ 1: " + at).isGreaterThanOrEqualTo(1);
      assertThat(pool.minSpareServers()).as(at).isLessThanOrEqualTo(pool.startServers());
      assertThat(pool.startServers()).as(at).isLessThanOrEqualTo(pool.maxSpareServers());
      // no idle worker is ever stopped, so none is forked again on the request path (docs/sizing.md)
      assertThat(pool.maxSpareServers()).as("max_spare = max_children: " + at).isEqualTo(pool.maxChildren());
      assertThat((long) pool.maxChildren() * p.inputs().fpmProcessMb()).as(at).isEqualTo(b.fpmWorkersMb());
    });
    assertThat(p.phpFpm().isPresent()).isEqualTo(p.inputs().scope().tunesPerformance());
    p.redis().ifPresent(r -> {
      assertThat(r.maxmemoryMb()).as(at).isPositive().isLessThan(b.cacheDaemonMb());
      assertThat(r.maxmemoryPolicy()).as("only items with a TTL are evicted, never tag checksums").isEqualTo("volatile-lru");
      // the smallest maxmemory (24 MB) still holds 10,000 times the 15 checksums of a crawled Drupal site
      assertThat(CacheSizing.untimedKeyRoom(r.maxmemoryMb())).as(at).isGreaterThanOrEqualTo(150_000);
    });
    p.memcached().ifPresent(m -> {
      assertThat(m.memoryMb()).as(at).isPositive().isLessThan(b.cacheDaemonMb());
      assertThat(m.threads()).isBetween(1, p.inputs().cpus());
      assertThat(m.socket()).startsWith(p.platform().memcached().runtimeDir() + "/");
      assertThat(Integer.parseInt(m.socketMode(), 8) & 07).as("never world-accessible").isZero();
      assertThat(Integer.parseInt(m.runtimeDirMode(), 8) & 07).as("others cannot enter").isZero();
    });
    p.phpIni().ifPresent(ini -> assertThat(ini.opcacheMemoryMb()).isEqualTo(b.opcacheMb()));
    assertThat(p.derivations()).extracting(Derivation::key).doesNotHaveDuplicates();
  }

  static Inputs inputs(int memory, CacheBackend cache, int cpus, int processMb, Scope scope, int microcache) {
    return Inputs.builder()
        .microcacheSeconds(microcache)
        .memoryMb(memory)
        .cache(cache)
        .cpus(cpus)
        .fpmProcessMb(processMb)
        .performanceOnly(scope == Scope.PERFORMANCE_ONLY)
        .noPerformance(scope == Scope.CACHE_ONLY)
        .build();
  }
}
