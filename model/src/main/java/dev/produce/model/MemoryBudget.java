package dev.produce.model;

/**
 * How the server's RAM is divided, in MB. The parts always add up to at most {@link #totalMb()}:
 * {@code osReserveMb + cacheDaemonMb + opcacheMb + apcuMb + microcacheZoneMb + fpmWorkersMb + unallocatedMb
 * == totalMb}.
 *
 * @param totalMb {@code --memory}
 * @param osReserveMb kernel, systemd, sshd, cron, nginx and the PHP-FPM master
 * @param cacheDaemonMb the Redis or Memcached process, including its own overhead (0 without one)
 * @param opcacheMb opcache shared memory, including interned strings (0 when PHP is not tuned)
 * @param apcuMb APCu shared memory used by Drupal's fast chained backends (0 when PHP is not tuned)
 * @param microcacheZoneMb nginx's shared memory zone of microcache keys (0 without {@code --microcache})
 * @param fpmWorkersMb {@code pm.max_children × --fpm-process-mb} (0 when PHP is not tuned)
 * @param unallocatedMb left to the kernel's page cache and anything else on the host
 */
public record MemoryBudget(
    int totalMb, int osReserveMb, int cacheDaemonMb, int opcacheMb, int apcuMb, int microcacheZoneMb,
    int fpmWorkersMb, int unallocatedMb) {
  public MemoryBudget {
    long sum = (long) osReserveMb + cacheDaemonMb + opcacheMb + apcuMb + microcacheZoneMb + fpmWorkersMb
        + unallocatedMb;
    if (osReserveMb < 0 || cacheDaemonMb < 0 || opcacheMb < 0 || apcuMb < 0 || microcacheZoneMb < 0
        || fpmWorkersMb < 0
        || unallocatedMb < 0 || sum != totalMb) {
      throw new IllegalStateException("memory budget does not add up: " + this);
    }
  }

  /** Everything the web stack is planned to use at full load. */
  public int plannedMb() {
    return totalMb - unallocatedMb;
  }
}
