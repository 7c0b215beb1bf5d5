package dev.produce.model;

import java.util.Optional;

/**
 * The one place sizing happens: {@link #compute(Inputs)} divides the machine's RAM between the OS,
 * the cache daemon, opcache, APCu and PHP-FPM workers, and chooses every other setting, recording
 * each value's derivation.
 */
public final class Profiles {
  private Profiles() {}

  /**
   * Computes the profile for {@code in}.
   *
   * @throws InvalidInputException when the inputs are valid one by one but do not fit together,
   *     e.g. a worker size larger than the memory left for workers
   */
  public static ServerProfile compute(Inputs in) {
    Explanation ex = new Explanation();
    Platform platform = in.distro().platform(in.php(), in.cache());
    DistroDefaults.explain(in, platform, ex);
    PhpPaths php = platform.php();
    BundlePlan plan = FileInventory.plan(in, platform);
    int total = (int) ex.add("memory.total", in.memoryMb(), "MB", "--memory");
    int os = (int) ex.add("memory.os_reserve", Math.min(128 + total / 20, 2048), "MB",
        "128 MB + 5% of RAM, at most 2048: kernel, systemd, sshd, cron, nginx and the PHP-FPM master."
            + " A database on this host is not counted: lower --memory by its share");
    int cache = in.cache() == CacheBackend.NONE ? 0 : CacheSizing.daemonMb(total, ex);
    boolean tune = in.scope().tunesPerformance();
    int opcache = tune ? PhpSizing.opcacheMb(total, ex) : 0;
    int apcu = tune ? PhpSizing.apcuMb(total, php.extensionPackage("apcu"), ex) : 0;
    int microcacheZone = tune && in.microcache() ? NginxSizing.microcacheZoneMb(total, ex) : 0;

    Optional<PhpIni> ini = Optional.empty();
    Optional<PhpFpmPool> pool = Optional.empty();
    Optional<NginxProfile> nginx = Optional.empty();
    int workersMb = 0;
    if (tune) {
      int workerBudget = (int) ex.add("memory.fpm_worker_budget", total - os - cache - opcache - apcu
          - microcacheZone, "MB", "RAM − OS reserve − cache daemon − opcache − APCu"
          + (microcacheZone > 0 ? " − microcache zone" : ""));
      if ((long) workerBudget * 9 / 10 < in.fpmProcessMb()) {
        throw new InvalidInputException("--fpm-process-mb", "must be at most " + Math.max(0, workerBudget * 9 / 10)
            + " MB with --memory " + total + " (that leaves " + workerBudget
            + " MB for PHP-FPM workers, 10% kept as margin); lower it or raise --memory");
      }
      ini = Optional.of(PhpSizing.ini(opcache, apcu, ex));
      pool = Optional.of(PhpSizing.pool(in, workerBudget, php.fpmSocket(), ex));
      workersMb = (int) ex.add("memory.fpm_workers", (long) pool.get().maxChildren() * in.fpmProcessMb(), "MB",
          "pm.max_children × --fpm-process-mb = " + pool.get().maxChildren() + " × " + in.fpmProcessMb());
      nginx = Optional.of(NginxSizing.profile(in, microcacheZone, platform.nginx().microcacheDir(), ex));
    }
    int unallocated = (int) ex.add("memory.unallocated",
        total - os - cache - opcache - apcu - microcacheZone - workersMb, "MB",
        "left to the kernel's page cache (PHP and static files) and anything else on the host");
    MemoryBudget budget = new MemoryBudget(total, os, cache, opcache, apcu, microcacheZone, workersMb, unallocated);

    Optional<RedisProfile> redis = Optional.empty();
    Optional<MemcachedProfile> memcached = Optional.empty();
    Optional<DrupalCache> drupal = Optional.empty();
    if (in.cache().speaksRedis()) {
      redis = Optional.of(CacheSizing.redis(cache, platform.redis(), ex));
    }
    if (in.cache() == CacheBackend.MEMCACHE) {
      memcached = Optional.of(CacheSizing.memcached(in, platform, cache, pool.map(PhpFpmPool::maxChildren).orElse(0), ex));
    }
    if (in.cache() != CacheBackend.NONE) {
      drupal = Optional.of(CacheSizing.drupal(in, platform, plan.targetOf(Daemon.DRUPAL).orElseThrow(), ex));
      ex.add("drupal.cache_prefix", drupal.get().prefix(),
          "derived from --site-root: stable across drush and web requests, distinct per site sharing a daemon");
      ex.add("drupal.cache_rebuild", "at every backend switch",
          "apply, rollback and a re-apply after a rollback empty the site's Redis/memcached entries and run drush"
              + " cache:rebuild as the site's owner (never root): entity cache rows are not tagged per node, so a backend"
              + " switched back to would serve and save old values; without drush they print the command to run");
      explainBackendGain(in.cache(), ex);
    }
    OperatorSettings.explain(plan.files(), ex);
    return new ServerProfile(in, budget, platform, pool, ini, nginx, redis, memcached, drupal, plan, ex.toList());
  }

  /** What the cache backend gains against Drupal's database cache, as measured on a real site. */
  private static void explainBackendGain(CacheBackend cache, Explanation ex) {
    String elsewhere = " It pays more when the database is remote or busy and when the caches outgrow the database's"
        + " buffer pool. The daemon runs on the web node itself (Redis on loopback, memcached on a unix socket), so each web node of a load-balanced site keeps its own"
        + " caches: use --performance-only there (README, \"Several web nodes serving one site\"). For anonymous"
        + " pages, nginx's FastCGI cache in front of PHP is the fastest path (--microcache, see --help)";
    if (cache.speaksRedis()) {
      ex.add("drupal.cache_backend_gain", "anonymous pages +20–27 %, logged-in +6–9 % (one host)",
          "measured on a real Drupal 10.3.7 site with MariaDB on the same host and core, stock and the bundle side by"
              + " side in twin containers (docs/benchmarks.md): anonymous page-cache hits served 20–27 % more requests"
              + " per second than stock, with a lower p99, because Drupal reads its service container from APCu checked"
              + " against Redis and such a hit opens no database connection at all; logged-in dynamic-page-cache hits"
              + " 6–9 % more (dozens of cache items each, which Redis serves more cheaply than MariaDB)." + elsewhere);
    } else {
      ex.add("drupal.cache_backend_gain",
          "at best even with stock on one host; pays when the database is remote or busy",
          "measured on a real Drupal 10.3.7 site on Debian 13 with MariaDB on the same host and core, stock and the"
              + " bundle side by side in twin containers (docs/benchmarks.md): anonymous page-cache hits 0.96–1.00 of"
              + " stock's requests per second, logged-in pages 0.97–0.99. The bundle keeps the memcache module's cache"
              + " tags, and so the service container and the page cache, in the database (the module's tag times in"
              + " Memcached can let a pre-edit page through once after an eviction, ADR 0015; a page from memcached"
              + " costs a new connection per hit, ADR 0016), so a page-cache hit is stock's; memcached serves the render,"
              + " dynamic page cache and entity bins, which spares the database the most rows. On the fixture site, with"
              + " memcached on its unix socket: p95 TTFB 0.75 of stock's at 4 users with as many requests per second,"
              + " but at 1 user 2–3 % fewer requests per second (0.967–0.983 in 4 pairs, where two stock twins differ by"
              + " 0.970–1.020) with a p95 as stock's, because the module's round trips"
              + " (each bin's last \"delete all\" time included) cost more than stock's reads on the MariaDB connection"
              + " every request opens anyway. On one host with its database, --cache redis serves more." + elsewhere);
    }
  }
}
