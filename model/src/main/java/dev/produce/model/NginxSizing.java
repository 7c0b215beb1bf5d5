package dev.produce.model;

import java.util.List;

/** Chooses nginx's http-context tuning and the static-asset cache lifetimes. Pure functions. */
final class NginxSizing {
  static final List<String> GZIP_TYPES = List.of(
      "text/plain", "text/css", "text/xml", "text/javascript", "application/javascript", "application/json",
      "application/ld+json", "application/manifest+json", "application/xml", "application/rss+xml",
      "application/atom+xml", "application/vnd.ms-fontobject", "font/ttf", "font/otf", "image/svg+xml",
      "image/x-icon");

  private NginxSizing() {}

  static NginxProfile profile(Inputs in, Explanation ex) {
    ex.add("nginx.worker_processes", in.cpus(), "",
        "Debian's nginx.conf already says 'worker_processes auto' = one per core = --cpus; left as shipped");
    ex.add("nginx.gzip", "on (Debian's)", "Debian's nginx.conf already turns gzip on; repeating it fails nginx -t"
        + " (known defect 1), so only the details are added");
    int level = (int) ex.add("nginx.gzip_comp_level", 5, "",
        "level 5 gets ~95% of level 9's savings at a fraction of the CPU");
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
    return new NginxProfile(in.cpus(), level, minLength, GZIP_TYPES, fileCacheMax, inactive, valid, minUses,
        keepalive, bodyBuffer, fcgiBufferSize, fcgiBuffersCount, fcgiBuffersKb, staticDays, aggregateDays);
  }
}
