package dev.produce.generators.meta.verification;

import static dev.produce.generators.meta.verification.VerificationCommand.prints;
import static dev.produce.generators.meta.verification.VerificationCommand.succeeds;

import dev.produce.model.NginxProfile;
import dev.produce.model.PhpFpmPool;
import dev.produce.model.PhpIni;
import dev.produce.model.PhpPaths;
import java.util.List;

/**
 * The {@code nginx} and {@code php_fpm} sections: each daemon's own configuration test (quick) and
 * the computed values as the daemon itself reads them (thorough).
 *
 * <p>PHP's ini settings are per SAPI ({@code fpm/conf.d} vs {@code cli/conf.d}), so {@code php -i}
 * or {@code php -r 'echo ini_get(...)'} would prove the CLI's values, not FPM's. {@code php-fpmX.Y -i}
 * runs phpinfo() in the FPM binary with FPM's ini files ("Server API => FPM/FastCGI") and prints
 * {@code directive => local => master} lines, which is what the FPM workers start with.
 * {@code php-fpmX.Y -tt} logs the parsed pool as NOTICE lines ({@code pm.max_children = 12}) on stderr.
 */
final class DaemonConfigChecks {
  private static final String RETRY_WITHIN = "30s";
  private static final String RETRY_EVERY = "1s";

  private DaemonConfigChecks() {}

  static VerificationSection nginx(NginxProfile nginx) {
    return new VerificationSection("nginx", List.of(
        VerificationItem.quick("nginx accepts its configuration", List.of(succeeds("nginx -t"))),
        VerificationItem.thorough("nginx runs with produce's http tuning", List.of(
            succeeds("test -s /run/nginx.pid && kill -0 \"$(cat /run/nginx.pid)\"").retried(RETRY_WITHIN, RETRY_EVERY),
            prints("nginx -T 2>/dev/null",
                "open_file_cache max=" + nginx.openFileCacheMax() + " inactive=" + nginx.openFileCacheInactiveS() + "s;",
                "gzip_comp_level " + nginx.gzipCompLevel() + ";",
                "fastcgi_buffers " + nginx.fastcgiBuffersCount() + " " + nginx.fastcgiBuffersKb() + "k;")))));
  }

  static VerificationSection phpFpm(PhpPaths php, PhpFpmPool pool, PhpIni ini) {
    String fpm = php.fpmBinary();
    String tt = fpm + " -tt 2>&1 | grep -E ";
    String info = fpm + " -i | grep -E ";
    return new VerificationSection("php_fpm", List.of(
        VerificationItem.quick("PHP-FPM accepts its configuration", List.of(succeeds(fpm + " -t"))),
        VerificationItem.thorough("PHP-FPM runs the computed www pool", List.of(
            succeeds("test -S " + ShellWords.quote(php.fpmSocket())).retried(RETRY_WITHIN, RETRY_EVERY),
            succeeds(tt + poolLine("pm", pool.pm())),
            succeeds(tt + poolLine("pm.max_children", pool.maxChildren())),
            succeeds(tt + poolLine("pm.start_servers", pool.startServers())),
            succeeds(tt + poolLine("pm.min_spare_servers", pool.minSpareServers())),
            succeeds(tt + poolLine("pm.max_spare_servers", pool.maxSpareServers())),
            succeeds(tt + poolLine("pm.max_requests", pool.maxRequests())))),
        VerificationItem.thorough("PHP-FPM (not the CLI) reads the computed opcache and realpath settings", List.of(
            succeeds(info + iniLine("opcache.enable", "On")),
            succeeds(info + iniLine("opcache.memory_consumption", ini.opcacheMemoryMb())),
            succeeds(info + iniLine("opcache.interned_strings_buffer", ini.opcacheInternedStringsMb())),
            succeeds(info + iniLine("opcache.max_accelerated_files", ini.opcacheMaxAcceleratedFiles())),
            succeeds(info + iniLine("opcache.validate_timestamps", ini.opcacheValidateTimestamps() ? "On" : "Off")),
            succeeds(info + iniLine("opcache.revalidate_freq", ini.opcacheRevalidateFreqS())),
            succeeds(info + iniLine("opcache.save_comments", "On")),
            succeeds(info + iniLine("realpath_cache_size", ini.realpathCacheSizeKb() + "K")),
            succeeds(info + iniLine("realpath_cache_ttl", ini.realpathCacheTtlS()))))));
  }

  /** An ERE for php-fpm -tt's NOTICE line of a pool setting, quoted for the shell. */
  private static String poolLine(String key, Object value) {
    return ShellWords.quote("[[:space:]]" + ShellWords.literalRegex(key + " = " + value) + "$");
  }

  /** An ERE for php-fpm -i's {@code directive => local => master} line, quoted for the shell. */
  private static String iniLine(String directive, Object value) {
    return ShellWords.quote("^" + ShellWords.literalRegex(directive + " => " + value + " => " + value) + "$");
  }
}
