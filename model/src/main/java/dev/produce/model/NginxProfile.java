package dev.produce.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * nginx tuning: http-context directives that Debian's stock {@code nginx.conf} does not already set
 * (it sets {@code gzip on}, {@code sendfile}, {@code tcp_nopush}, {@code worker_processes auto}), and
 * the server-context static-asset rules for Drupal.
 *
 * @param expectedWorkerProcesses what Debian's {@code worker_processes auto} yields on the target
 * @param gzipCompLevel {@code gzip_comp_level}
 * @param gzipMinLength {@code gzip_min_length}, bytes
 * @param gzipTypes {@code gzip_types} (never {@code text/html}: nginx always compresses it)
 * @param openFileCacheMax {@code open_file_cache max=}
 * @param openFileCacheInactiveS {@code open_file_cache inactive=}
 * @param openFileCacheValidS {@code open_file_cache_valid}
 * @param openFileCacheMinUses {@code open_file_cache_min_uses}
 * @param keepaliveTimeoutS {@code keepalive_timeout}
 * @param clientBodyBufferKb {@code client_body_buffer_size}
 * @param fastcgiBufferSizeKb {@code fastcgi_buffer_size} (response headers: Drupal's cache-tag headers are large)
 * @param fastcgiBuffersCount number of {@code fastcgi_buffers}
 * @param fastcgiBuffersKb size of each of {@code fastcgi_buffers}
 * @param staticAssetMaxAgeDays browser cache lifetime of theme/module static files
 * @param aggregateMaxAgeDays browser cache lifetime of Drupal's hashed css/js aggregates
 * @param microcache the FastCGI microcache of anonymous pages, with {@code --microcache}
 */
public record NginxProfile(
    int expectedWorkerProcesses, int gzipCompLevel, int gzipMinLength, List<String> gzipTypes, int openFileCacheMax,
    int openFileCacheInactiveS, int openFileCacheValidS, int openFileCacheMinUses, int keepaliveTimeoutS,
    int clientBodyBufferKb, int fastcgiBufferSizeKb, int fastcgiBuffersCount, int fastcgiBuffersKb,
    int staticAssetMaxAgeDays, int aggregateMaxAgeDays, Optional<NginxMicrocache> microcache) {
  private static final long SECONDS_PER_DAY = 86_400;

  public NginxProfile {
    gzipTypes = List.copyOf(gzipTypes);
    Objects.requireNonNull(microcache, "microcache");
    if (gzipTypes.contains("text/html")) {
      throw new IllegalStateException("text/html is always compressed by nginx; listing it warns (known defect 2)");
    }
  }

  /** The static assets' browser cache lifetime in seconds, as {@code Cache-Control: max-age} says it. */
  public long staticAssetMaxAgeSeconds() {
    return staticAssetMaxAgeDays * SECONDS_PER_DAY;
  }

  /** The css/js aggregates' browser cache lifetime in seconds, as {@code Cache-Control: max-age} says it. */
  public long aggregateMaxAgeSeconds() {
    return aggregateMaxAgeDays * SECONDS_PER_DAY;
  }

  /** {@code gzip_types} as one space-separated line. */
  public String gzipTypesLine() {
    return String.join(" ", gzipTypes);
  }
}
