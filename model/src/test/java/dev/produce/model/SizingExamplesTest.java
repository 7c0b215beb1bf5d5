package dev.produce.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Worked examples, computed by hand from the documented formulas, pinning the arithmetic. */
class SizingExamplesTest {

  @Test
  void compute_4096MbRedisTwoCpus_matchesTheDocumentedFormulas() {
    ServerProfile p = Profiles.compute(Inputs.builder().memoryMb(4096).build());
    // OS 128 + 4096/20 = 332; cache 4096/8 = 512; opcache min(4096/8, 256) = 256; APCu 4096/64 = 64
    assertThat(p.budget()).isEqualTo(new MemoryBudget(4096, 332, 512, 256, 64, 0, 5 * 64, 4096 - 332 - 512 - 256 - 64 - 320));
    // workers: min(90% of 2932 / 64 = 41, max(Debian's 5, 2 CPUs × 2 = 4)) = 5
    PhpFpmPool pool = p.phpFpm().orElseThrow();
    assertThat(pool.maxChildren()).isEqualTo(5);
    assertThat(pool.minSpareServers()).isEqualTo(1);
    // no idle worker is stopped: max_spare = max_children; start = 1 + (5 − 1)/2 = 3
    assertThat(pool.maxSpareServers()).isEqualTo(5);
    assertThat(pool.startServers()).isEqualTo(3);
    assertThat(pool.listen()).isEqualTo("/run/php/php8.4-fpm.sock");
    assertThat(p.redis().orElseThrow().maxmemoryMb()).isEqualTo(384);
    assertThat(p.redis().orElseThrow().maxmemoryBytes()).isEqualTo(384L * 1024 * 1024);
    // volatile-lru: 384 MB / 128 bytes = 3,145,728 cache-tag checksums (no TTL) before Redis refuses writes
    assertThat(p.redis().orElseThrow().maxmemoryPolicy()).isEqualTo("volatile-lru");
    assertThat(p.derivations()).filteredOn(d -> d.key().equals("redis.untimed-room"))
        .extracting(Derivation::value).containsExactly("3145728 keys");
    // the redis module's documented settings: persistent connections, data over 100 bytes compressed at level 1
    assertThat(p.drupal().orElseThrow().redisClient()).contains(new DrupalCache.RedisClient(true, 100, 1));
    assertThat(p.phpIni().orElseThrow().opcacheInternedStringsMb()).isEqualTo(32);
  }

  @Test
  void compute_4096MbMicrocache5_countsTheKeysZoneAndSizesTheCache() {
    ServerProfile p = Profiles.compute(Inputs.builder().memoryMb(4096).microcacheSeconds(5).build());
    // zone 4096/512 = 8 MB, taken from the unallocated part (the CPU bound keeps 5 workers)
    assertThat(p.budget()).isEqualTo(
        new MemoryBudget(4096, 332, 512, 256, 64, 8, 5 * 64, 4096 - 332 - 512 - 256 - 64 - 8 - 320));
    NginxMicrocache m = p.nginx().orElseThrow().microcache().orElseThrow();
    assertThat(m).isEqualTo(new NginxMicrocache(5, "/var/cache/nginx/produce-microcache", "produce_microcache",
        8, 4096 / 16, 10));
    assertThat(p.directories()).containsExactly(
        new ManagedDirectory("/var/cache/nginx", Daemon.NGINX, "root", "root", "0755"),
        new ManagedDirectory("/var/cache/nginx/produce-microcache", Daemon.NGINX, "www-data", "www-data", "0700"));
    assertThat(p.inputs().toCommandLine()).endsWith(" --fpm-process-mb 64 --microcache 5");
  }

  @Test
  void compute_512MbMicrocache_takesTheZoneFromTheWorkers() {
    ServerProfile without = Profiles.compute(Inputs.builder().memoryMb(512).build());
    ServerProfile with = Profiles.compute(Inputs.builder().memoryMb(512).microcacheSeconds(1).build());
    // OS 153, cache 64, opcache 64, APCu 32, zone 2 → 197 MB for workers → 90% / 64 = 2 (199 before)
    assertThat(with.budget().microcacheZoneMb()).isEqualTo(2);
    assertThat(with.budget().unallocatedMb()).isEqualTo(without.budget().unallocatedMb() - 2);
    assertThat(with.nginx().orElseThrow().microcache().orElseThrow().maxSizeMb()).isEqualTo(32);
  }

  @Test
  void compute_512MbRedis_givesTwoWorkersAndAValidPool() {
    ServerProfile p = Profiles.compute(Inputs.builder().memoryMb(512).build());
    // OS 153, cache 64, opcache 64, APCu 32 → 199 MB for workers → 90% / 64 = 2
    assertThat(p.budget().fpmWorkersMb()).isEqualTo(128);
    PhpFpmPool pool = p.phpFpm().orElseThrow();
    assertThat(pool.maxChildren()).isEqualTo(2);
    assertThat(pool.minSpareServers()).isEqualTo(1);
    assertThat(pool.startServers()).isEqualTo(1);
    assertThat(pool.maxSpareServers()).isEqualTo(2);
  }

  @Test
  void compute_64GbMemcacheSixteenCpus_isBoundByCpusAndScalesTheCache() {
    ServerProfile p = Profiles.compute(
        Inputs.builder().memoryMb(65536).cache(CacheBackend.MEMCACHE).cpus(16).build());
    assertThat(p.budget().osReserveMb()).isEqualTo(2048);
    assertThat(p.budget().cacheDaemonMb()).isEqualTo(8192);
    MemcachedProfile m = p.memcached().orElseThrow();
    assertThat(m.memoryMb()).isEqualTo(6144);
    assertThat(m.threads()).isEqualTo(8);
    assertThat(m.maxConnections()).isEqualTo(Math.max(1024, 32 * 4));
    assertThat(p.phpFpm().orElseThrow().maxChildren()).isEqualTo(32);
    assertThat(p.drupal().orElseThrow().redisClient()).isEmpty();
  }

  @Test
  void compute_performanceOnly_givesTheCacheShareToWorkers() {
    ServerProfile p = Profiles.compute(Inputs.builder().memoryMb(1024).cpus(8).performanceOnly(true).build());
    assertThat(p.budget().cacheDaemonMb()).isZero();
    assertThat(p.redis()).isEmpty();
    assertThat(p.drupal()).isEmpty();
    // 1024 − 179 − 0 − 128 − 32 = 685 → 90% / 64 = 9
    assertThat(p.phpFpm().orElseThrow().maxChildren()).isEqualTo(9);
  }

  @Test
  void compute_noPerformance_tunesNothingButTheCache() {
    ServerProfile p = Profiles.compute(Inputs.builder().memoryMb(2048).noPerformance(true).build());
    assertThat(p.phpFpm()).isEmpty();
    assertThat(p.phpIni()).isEmpty();
    assertThat(p.nginx()).isEmpty();
    assertThat(p.files()).extracting(ManagedFile::daemon).containsExactly(Daemon.REDIS, Daemon.DRUPAL);
    assertThat(p.budget().unallocatedMb()).isEqualTo(2048 - 230 - 256);
  }

  @Test
  void files_followTheBackendAndThePhpVersion() {
    ServerProfile p = Profiles.compute(Inputs.builder()
        .cache(CacheBackend.MEMCACHE).php(PhpVersion.parse("8.3")).siteRoot("/srv/site/").build());
    assertThat(p.files()).extracting(ManagedFile::targetPath).containsExactly(
        "/etc/memcached.conf",
        "/etc/tmpfiles.d/memcached.conf",
        "/etc/php/8.3/fpm/pool.d/www.conf",
        "/etc/php/8.3/fpm/conf.d/90-produce.ini",
        "/etc/nginx/conf.d/performance.conf",
        "/etc/nginx/snippets/produce-drupal.conf",
        "/srv/site/web/sites/default/settings.produce.php");
    assertThat(p.files()).extracting(ManagedFile::bundlePath)
        .contains("files/etc/php/8.3/fpm/pool.d/www.conf", "files/drupal/settings.produce.php");
    assertThat(p.requiredPackages())
        .containsExactly("nginx", "php8.3-fpm", "php8.3-apcu", "memcached", "php8.3-memcached");
    assertThat(p.drupal().orElseThrow().prefix()).isEqualTo("produce_srv_site");
  }

  @Test
  void toCommandLine_isCanonicalWhateverTheSpelling() {
    Inputs a = Inputs.builder().memoryMb(MemorySize.parseMegabytes("--memory", "4G")).build();
    Inputs b = Inputs.builder().memoryMb(4096).cache(CacheBackend.parse("REDIS")).siteRoot("/var/www/drupal/").build();
    assertThat(a.toCommandLine()).isEqualTo(b.toCommandLine()).isEqualTo(
        "produce-compile --distro debian-13 --memory 4096 --cache redis --cpus 2 --php 8.4 --site-root /var/www/drupal --fpm-process-mb 64");
    assertThat(Profiles.compute(a)).isEqualTo(Profiles.compute(b));
  }
}
