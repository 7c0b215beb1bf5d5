package dev.produce.model;

/**
 * nginx's FastCGI microcache of anonymous pages ({@code --microcache SECONDS}): the http-context
 * {@code fastcgi_cache_path} and the server-context {@code fastcgi_cache*} directives.
 *
 * @param validSeconds {@code fastcgi_cache_valid 200 301 302}: how old a page anonymous visitors may see
 * @param path the cache directory on the target (created by apply, removed by rollback)
 * @param zoneName the {@code keys_zone} name
 * @param keysZoneMb the {@code keys_zone} shared memory (about 8,000 keys per MB), counted in the budget
 * @param maxSizeMb {@code max_size}: the cached responses on disk (held by the kernel's page cache)
 * @param inactiveMinutes {@code inactive}: how long an entry nobody asked for is kept, fresh or stale
 */
public record NginxMicrocache(
    int validSeconds, String path, String zoneName, int keysZoneMb, int maxSizeMb, int inactiveMinutes) {
  public NginxMicrocache {
    if (validSeconds < 1 || keysZoneMb < 1 || maxSizeMb < 1 || inactiveMinutes < 1
        || !path.startsWith("/var/cache/nginx/") || !zoneName.matches("[a-z_]+")) {
      throw new IllegalArgumentException("bad microcache: " + this);
    }
  }

  /** The requests that always reach PHP. */
  public MicrocacheBypass bypass() {
    return MicrocacheBypass.DRUPAL;
  }
}
