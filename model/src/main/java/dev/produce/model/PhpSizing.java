package dev.produce.model;

/**
 * Sizes opcache, APCu, the realpath cache and the PHP-FPM pool. Pure functions.
 *
 * <p>Opcache and APCu are shared memory allocated once by the FPM master, so they count once in the
 * budget; workers count {@code --fpm-process-mb} each. The number of workers is the smaller of what
 * memory allows (with a 10 % margin, because worker size is an average, not a maximum) and what the
 * CPUs can usefully run: 2 per core, and never fewer than Debian's own 5 (docs/sizing.md). A Drupal
 * request on a host with its database and cache daemon measured 0.01–0.06 ms of waiting per ms of CPU,
 * so one worker per core keeps the core busy and the second covers a database on another host; more
 * only share the core (at saturation 5–8 workers on one core stretched p95 to 257–269 ms against
 * 184–192 ms with 1–3). Below 5, the open loads got worse than stock: requests queue in arrival order
 * behind a long one instead of sharing the core (2 workers: p95 1.9 × stock's at 50 % of capacity).
 */
final class PhpSizing {
  /** Next prime PHP would round to anyway; covers Drupal core + vendor (~20k files) plus contrib. */
  static final int MAX_ACCELERATED_FILES = 32531;
  /** {@code pm.max_requests}; why 10,000: its derivation in {@link #pool}. */
  static final int MAX_REQUESTS = 10_000;
  static final int WORKERS_PER_CPU = 2;
  /** Debian's {@code pm.max_children}: the floor of the CPU bound. */
  static final int DEBIAN_MAX_CHILDREN = 5;

  private PhpSizing() {}

  static int opcacheMb(int totalMb, Explanation ex) {
    return (int) ex.add("php.opcache.memory_consumption", clamp(totalMb / 8, 64, 256), "MB",
        "RAM/8 = " + totalMb / 8 + ", kept within 64…256: Drupal core + vendor compile to ~60–100 MB of"
            + " opcodes, 256 MB fits large contrib sets (PHP's default is 128)");
  }

  static int apcuMb(int totalMb, String apcuPackage, Explanation ex) {
    return (int) ex.add("php.apc.shm_size", clamp(totalMb / 64, 32, 128), "MB",
        "RAM/64 = " + totalMb / 64 + ", kept within 32…128: the fast layer of Drupal's chained backend, which"
            + " keeps the bootstrap, config and discovery bins in APCu in front of the cache backend (without"
            + " APCu every read of them goes to that backend); " + apcuPackage + " is therefore a required"
            + " package; PHP's default is 32");
  }

  static PhpIni ini(int opcacheMb, int apcuMb, Explanation ex) {
    int interned = (int) ex.add("php.opcache.interned_strings_buffer", opcacheMb / 8, "MB",
        "opcache memory/8 = " + opcacheMb + "/8; Drupal's many class and annotation strings overflow PHP's 8 MB"
            + " default on larger sites");
    ex.add("php.opcache.max_accelerated_files", MAX_ACCELERATED_FILES, "",
        "a prime PHP accepts as is; Drupal core + vendor is ~20,000 PHP files, contrib adds more (default 10000)");
    ex.add("php.opcache.validate_timestamps", "1",
        "kept on so a deploy that does not reload PHP-FPM still takes effect; revalidate_freq bounds the stat cost");
    ex.add("php.opcache.revalidate_freq", 60, "s",
        "a changed PHP file is picked up within a minute; checking once a minute instead of every 2 s"
            + " (default) removes nearly all stat calls");
    ex.add("php.opcache.jit", "disable", "the JIT stays off as in PHP 8.2 (Debian 12): Drupal waits on the database and"
        + " I/O, not on CPU-bound PHP, and PHP 8.4 (Debian 13) would reserve a 64 MB JIT buffer outside this budget");
    ex.add("php.opcache.jit_buffer_size", "0", "no JIT buffer: PHP 8.4 changed its default from 0 to 64M; set"
        + " explicitly so both distros use the same opcache memory");
    ex.add("php.realpath_cache_size", 8192, "KB",
        "twice PHP's 4096K: Drupal resolves ~20,000+ paths per worker; 8 MB holds them all for a few KB of RAM per path set");
    ex.add("php.realpath_cache_ttl", 300, "s",
        "5 minutes instead of 2: fewer path lookups; a deploy that swaps a symlink is seen within 5 minutes"
            + " (reload PHP-FPM to see it at once)");
    return new PhpIni(opcacheMb, interned, MAX_ACCELERATED_FILES, true, 60, 8192, 300, apcuMb);
  }

  static PhpFpmPool pool(Inputs in, int workerBudgetMb, String listen, Explanation ex) {
    int byMemory = (int) ((long) workerBudgetMb * 9 / 10 / in.fpmProcessMb());
    int byCpu = Math.max(DEBIAN_MAX_CHILDREN, in.cpus() * WORKERS_PER_CPU);
    int maxChildren = (int) ex.add("php_fpm.pm.max_children", Math.max(1, Math.min(byMemory, byCpu)), "",
        "min(by memory, by CPU) = min(90% of " + workerBudgetMb + " MB / " + in.fpmProcessMb() + " MB = " + byMemory
            + ", max(Debian's " + DEBIAN_MAX_CHILDREN + ", " + in.cpus() + " CPUs × " + WORKERS_PER_CPU + ") = " + byCpu
            + "): Drupal's requests are CPU-bound (measured: 0.01–0.06 ms waiting per ms of CPU with a local database and"
            + " cache), so more than 2 workers per core only share the CPU and stretch the slowest requests; fewer than"
            + " Debian's 5 made p95 worse than stock at open loads on one core (docs/sizing.md)");
    ex.add("php_fpm.pm", "dynamic",
        "forks workers as the load first needs them and keeps them (max_spare_servers = max_children), so once the"
            + " pool has grown no fork lands on the request path (unlike ondemand) and a quiet server does not start"
            + " them all (unlike static); memory is budgeted for max_children either way");
    int minSpare = (int) ex.add("php_fpm.pm.min_spare_servers",
        Math.max(1, Math.min(maxChildren / 4, in.cpus() * 2)), "",
        "max(1, min(max_children/4, 2 × CPUs)); php-fpm refuses 0 (known defect 5)");
    int maxSpare = (int) ex.add("php_fpm.pm.max_spare_servers", maxChildren, "",
        "= max_children: no idle worker is stopped, so none has to be forked again, and a fresh worker's first"
            + " request costs ~65 ms more (pm.max_requests). With max_children/2, PHP-FPM stopped idle workers and"
            + " forked new ones as the load rose and fell: the fixture site on one core then served 1.0–2.4 % fewer"
            + " requests per second than stock (which keeps up to 3 idle) at 4 users; keeping them all, 3.9–4.9 %"
            + " more (docs/sizing.md)");
    int start = (int) ex.add("php_fpm.pm.start_servers", minSpare + (maxSpare - minSpare) / 2, "",
        "min_spare + (max_spare − min_spare)/2, php-fpm's own default formula");
    ex.add("php_fpm.pm.max_requests", MAX_REQUESTS, "",
        "a worker is recycled after 10,000 requests, bounding slow leaks in contrib code; a fresh worker's first"
            + " request costs ~65 ms more than a warm one's (measured on a real Drupal 10.3 site: 91–96 ms against"
            + " 27–29 ms per request with pm.max_requests 1 and 0), so recycling after 500 raised the p99 at 16"
            + " anonymous users from 58–64 to 81–97 ms; after 10,000 it costs ~7 µs a request (docs/benchmarks.md)");
    return new PhpFpmPool("dynamic", maxChildren, start, minSpare, maxSpare, MAX_REQUESTS, listen);
  }

  static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
