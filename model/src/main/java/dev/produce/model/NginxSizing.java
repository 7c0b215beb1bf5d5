package dev.produce.model;

import java.util.List;
import java.util.Optional;

/** Chooses nginx's http-context tuning and the static-asset cache lifetimes. Pure functions. */
final class NginxSizing {
  static final List<String> GZIP_TYPES = List.of(
      "text/plain", "text/css", "text/xml", "text/javascript", "application/javascript", "application/json",
      "application/ld+json", "application/manifest+json", "application/xml", "application/rss+xml",
      "application/atom+xml", "application/vnd.ms-fontobject", "font/ttf", "font/otf", "image/svg+xml",
      "image/x-icon");

  static final String MICROCACHE_ZONE = "produce_microcache";

  private NginxSizing() {}

  /** The microcache's keys zone, MB: part of the memory budget. */
  static int microcacheZoneMb(int totalMb, Explanation ex) {
    return (int) ex.add("memory.microcache_zone", PhpSizing.clamp(totalMb / 512, 2, 64), "MB",
        "RAM/512, 2…64 MB: nginx's shared zone of microcache keys, about 8,000 pages per MB (a 4 GB server:"
            + " 64,000 distinct URLs within 'inactive'); the cached pages themselves are files, held by the"
            + " page cache");
  }

  /** nginx's own default; why: the derivation of {@code nginx.gzip_comp_level} in {@link #profile}. */
  static final int GZIP_COMP_LEVEL = 1;

  static NginxProfile profile(Inputs in, int microcacheZoneMb, String microcacheDir, Explanation ex) {
    ex.add("nginx.worker_processes", in.cpus(), "",
        "Debian's nginx.conf already says 'worker_processes auto' = one per core = --cpus; left as shipped");
    ex.add("nginx.gzip", "on (Debian's)", "Debian's nginx.conf already turns gzip on; repeating it fails nginx -t"
        + " (known defect 1), so only the details are added");
    int level = (int) ex.add("nginx.gzip_comp_level", GZIP_COMP_LEVEL, "",
        "nginx's own level: measured on a real Drupal 10.3 page (27 KB of HTML), level 5 took 0.43 ms of CPU"
            + " against 0.27 ms for 12% fewer bytes (6.7 KB against 7.6 KB), and that CPU is taken from PHP on the"
            + " same cores: at 16 anonymous users on one core level 5 served fewer requests than level 1 in every"
            + " pair of runs (docs/benchmarks.md)");
    int minLength = (int) ex.add("nginx.gzip_min_length", 256, "bytes",
        "smaller responses gain nothing from compression");
    ex.add("nginx.gzip_types", String.join(" ", GZIP_TYPES),
        "text assets, JSON, SVG and fonts; text/html is always compressed, listing it warns (known defect 2)");
    int fileCacheMax = (int) ex.add("nginx.open_file_cache.max", PhpSizing.clamp(in.memoryMb() * 4, 2048, 65536),
        "", "4 entries per MB of RAM, 2048…65536, per worker; each entry is a few hundred bytes");
    int inactive = (int) ex.add("nginx.open_file_cache.inactive", 60, "s", "entries unused for a minute are dropped");
    int valid = (int) ex.add("nginx.open_file_cache_valid", 60, "s", "a cached descriptor is rechecked after a minute");
    int minUses = (int) ex.add("nginx.open_file_cache_min_uses", 2, "",
        "only files requested twice within 'inactive' are kept");
    ex.add("nginx.open_file_cache_errors", "off",
        "a missing file is not cached, so a freshly generated image-style derivative or aggregate is seen at once");
    int keepalive = (int) ex.add("nginx.keepalive_timeout", 30, "s",
        "idle client connections are closed after 30 s instead of 75 s, freeing worker connections (768 per worker"
            + " in Debian's nginx.conf)");
    int bodyBuffer = (int) ex.add("nginx.client_body_buffer_size", 128, "KB",
        "form posts up to 128 KB stay in memory instead of a temporary file");
    int fcgiBufferSize = (int) ex.add("nginx.fastcgi_buffer_size", 32, "KB",
        "Drupal's response headers (cache tags, contexts) exceed the 4 KB default and would fail with 502");
    int fcgiBuffersCount = (int) ex.add("nginx.fastcgi_buffers.count", 16, "", "16 × 16 KB = 256 KB per request:"
        + " a typical Drupal page is buffered in memory instead of a temporary file");
    int fcgiBuffersKb = (int) ex.add("nginx.fastcgi_buffers.size", 16, "KB", "see fastcgi_buffers.count");
    int staticDays = (int) ex.add("nginx.static_assets.expires", 30, "days",
        "theme and module images, fonts, css and js keep their names across releases: a month");
    int aggregateDays = (int) ex.add("nginx.aggregates.expires", 365, "days",
        "Drupal's css/js aggregates carry a content hash in their name: a year is safe");
    ex.add("nginx.aggregates.gzip_static", "on",
        "Drupal writes each css/js aggregate also gzip-compressed, as NAME.gz (level 9; system.performance css.gzip"
            + " and js.gzip, on by default): nginx sends that copy instead of compressing the aggregate again on every"
            + " request, which took 0.18 ms of CPU for a 57 KB aggregate at level 1, from PHP on the same cores; without"
            + " a .gz copy nginx compresses as gzip_types says");
    Optional<NginxMicrocache> microcache = in.microcache()
        ? Optional.of(microcache(in, microcacheZoneMb, microcacheDir, ex)) : Optional.empty();
    if (microcache.isEmpty()) {
      ex.add("nginx.microcache", "off (--microcache 0)",
          "every anonymous page view reaches PHP, whose page-cache hit costs the Drupal bootstrap (5–7 ms of CPU"
              + " measured); --microcache SECONDS lets nginx answer the views of a page Drupal marks cacheable for"
              + " every anonymous visitor (measured: anonymous median TTFB 25 → 6.7 ms with 5 s, 20 → 3.1 ms with"
              + " 60 s; the p95 is a miss either way); opt-in because anonymous visitors then see a page up to"
              + " SECONDS old after an edit, which only the site's owner can accept (ADR 0012)");
    }
    return new NginxProfile(in.cpus(), level, minLength, GZIP_TYPES, fileCacheMax, inactive, valid, minUses,
        keepalive, bodyBuffer, fcgiBufferSize, fcgiBuffersCount, fcgiBuffersKb, staticDays, aggregateDays,
        microcache);
  }

  private static NginxMicrocache microcache(Inputs in, int zoneMb, String path, Explanation ex) {
    int seconds = (int) ex.add("nginx.microcache.valid", in.microcacheSeconds(), "s",
        "--microcache: an anonymous visitor may see a page up to this old; requests with a session cookie or"
            + " an Authorization header, other methods than GET/HEAD and Drupal's user, admin, batch, cron,"
            + " update, install and ajax paths always reach PHP");
    ex.add("nginx.microcache.stored", "only pages Drupal's page cache marks cacheable",
        "a response is stored only with X-Drupal-Cache HIT or MISS (Drupal would serve it to every anonymous"
            + " visitor itself) and without Set-Cookie; nothing else is ever stored");
    ex.add("nginx.microcache.path", path, "created by apply (www-data, 0700), removed by rollback");
    int maxSize = (int) ex.add("nginx.microcache.max_size", PhpSizing.clamp(in.memoryMb() / 16, 32, 4096), "MB",
        "RAM/16, 32…4096 MB of cached pages on disk: they live in the kernel's page cache (the unallocated"
            + " part of the budget), so the least recently used are dropped before they crowd it out");
    int inactiveMinutes = (int) ex.add("nginx.microcache.inactive", 10, "min",
        "an expired page is kept 10 minutes so that it can be served while one request refreshes it"
            + " (fastcgi_cache_lock, use_stale updating) or while PHP-FPM fails (use_stale error timeout)");
    return new NginxMicrocache(seconds, path, MICROCACHE_ZONE, zoneMb, maxSize, inactiveMinutes);
  }
}
