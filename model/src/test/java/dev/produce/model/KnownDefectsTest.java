package dev.produce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The original design's sizing defects (DESIGN.md "Known defects"), each pinned at the model level.
 * File-level defects (nginx contexts, redis persistence lines, opcache placement) are tested on the
 * generated files in the generators module.
 */
class KnownDefectsTest {

  /** Defect 4: max_children = memory/64 ignored OS, cache and opcache memory and overcommitted RAM. */
  @Test
  void defect4_workersAreSizedFromWhatIsLeftAfterOsCacheAndOpcache() {
    ServerProfile p = Profiles.compute(Inputs.builder().memoryMb(2048).cpus(64).build());
    int seedFormula = 2048 / 64;
    MemoryBudget b = p.budget();
    assertThat(p.phpFpm().orElseThrow().maxChildren()).isLessThan(seedFormula);
    assertThat(b.osReserveMb() + b.cacheDaemonMb() + b.opcacheMb() + b.apcuMb() + b.fpmWorkersMb())
        .isLessThanOrEqualTo(2048);
  }

  /** Defect 5: below 512 MB the seed's integer division gave min_spare_servers = 0; php-fpm refuses it. */
  @Test
  void defect5_smallestMachineStillHasOneSpareServer() {
    PhpFpmPool pool = Profiles.compute(Inputs.builder().memoryMb(512).cpus(1).build()).phpFpm().orElseThrow();
    assertThat(pool.minSpareServers()).isEqualTo(1);
    assertThatThrownBy(() -> new PhpFpmPool("dynamic", 4, 1, 0, 2, 500, "/run/php/x.sock"))
        .isInstanceOf(IllegalStateException.class);
  }

  /** Defect 6: a fixed 256 MB cache regardless of RAM. */
  @Test
  void defect6_cacheMemoryScalesWithRam() {
    int small = Profiles.compute(Inputs.builder().memoryMb(1024).build()).redis().orElseThrow().maxmemoryMb();
    int large = Profiles.compute(Inputs.builder().memoryMb(65536).build()).redis().orElseThrow().maxmemoryMb();
    assertThat(small).isLessThan(256);
    assertThat(large).isGreaterThan(256 * 8);
  }

  /** Defect 10: opcache settings are INI_SYSTEM and live in the ini profile, not in the pool. */
  @Test
  void defect10_opcacheIsPartOfTheIniNotThePool() {
    ServerProfile p = Profiles.compute(Inputs.builder().build());
    assertThat(p.phpIni().orElseThrow().opcacheMemoryMb()).isPositive();
    assertThat(PhpFpmPool.class.getRecordComponents())
        .extracting(c -> c.getName().toLowerCase())
        .noneMatch(name -> name.contains("opcache"));
    assertThat(p.files()).extracting(ManagedFile::targetPath).contains("/etc/php/8.4/fpm/conf.d/90-produce.ini");
  }

  /**
   * Security: nothing the bundle installs is world-writable. The Drupal fragment holds no secret and
   * is world-readable, so that a deploy user's drush reads the same settings as PHP-FPM.
   */
  @Test
  void managedFiles_areNeverWorldWritable() {
    ServerProfile p = Profiles.compute(Inputs.builder().build());
    assertThat(p.files()).allSatisfy(f -> assertThat(Integer.parseInt(f.mode(), 8) & 0002).isZero());
    assertThat(p.file("/var/www/drupal/web/sites/default/settings.produce.php").orElseThrow().mode())
        .isEqualTo("0644");
    assertThatThrownBy(() -> new ManagedFile("files/x", "/x", Daemon.NGINX, "root", "root", "0666"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
