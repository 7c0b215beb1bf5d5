package dev.produce.model;

/**
 * PHP settings that are {@code INI_SYSTEM} (opcache, realpath cache, APCu) and therefore belong in
 * an ini file read at start-up ({@code conf.d/90-produce.ini}), never in a pool's
 * {@code php_admin_value} where PHP ignores them (known defect 10).
 *
 * @param opcacheMemoryMb {@code opcache.memory_consumption}
 * @param opcacheInternedStringsMb {@code opcache.interned_strings_buffer} (part of the above)
 * @param opcacheMaxAcceleratedFiles {@code opcache.max_accelerated_files}
 * @param opcacheValidateTimestamps {@code opcache.validate_timestamps}
 * @param opcacheRevalidateFreqS {@code opcache.revalidate_freq}
 * @param realpathCacheSizeKb {@code realpath_cache_size}
 * @param realpathCacheTtlS {@code realpath_cache_ttl}
 * @param apcuShmMb {@code apc.shm_size}
 */
public record PhpIni(
    int opcacheMemoryMb, int opcacheInternedStringsMb, int opcacheMaxAcceleratedFiles,
    boolean opcacheValidateTimestamps, int opcacheRevalidateFreqS, int realpathCacheSizeKb, int realpathCacheTtlS,
    int apcuShmMb) {
  public PhpIni {
    if (opcacheInternedStringsMb >= opcacheMemoryMb) {
      throw new IllegalStateException("interned strings must fit inside opcache memory");
    }
  }

  /** {@code 1} or {@code 0}, as PHP writes booleans in ini files. */
  public int opcacheValidateTimestampsFlag() {
    return opcacheValidateTimestamps ? 1 : 0;
  }
}
