package dev.produce.generators.meta.verification;

import static dev.produce.format.verification.CommandSpec.prints;
import static dev.produce.format.verification.CommandSpec.succeeds;

import dev.produce.format.verification.CommandSpec;
import dev.produce.format.verification.Item;
import dev.produce.format.verification.Section;
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
 *
 * <p>What the files say is what the running daemon does only if it (re)read them after they last
 * changed: {@link #workersNewerThan} requires every worker of the running master to have started
 * after the newest of the daemon's files (nginx and PHP-FPM replace all workers on reload), which
 * fails when a changed file was never reloaded.
 */
final class DaemonConfigChecks {
  private static final String RETRY_WITHIN = "30s";
  private static final String RETRY_EVERY = "1s";
  /** Old workers of a graceful reload finish their requests first; on an idle server they are gone at once. */
  private static final String RELOAD_WITHIN = "10s";

  /**
   * Prints, from {@code nginx -T}, each site location that answers before produce-drupal.conf and
   * the fix, and fails then; the bundle's own shell function, which {@code --check} runs too.
   */
  private static final String SNIPPET_SHADOWING = "p=$(bash -c '. scripts/lib/validate.sh && nginx_snippet_shadowing');"
      + " [ -z \"$p\" ] || { printf '%s\\n' \"$p\" >&2; exit 1; }";

  private DaemonConfigChecks() {}

  static Section nginx(NginxProfile nginx, String docroot) {
    return new Section("nginx", List.of(
        Item.quick("nginx accepts its configuration", List.of(succeeds("nginx -t"))),
        Item.quick("every server block that includes snippets/produce-drupal.conf includes it before"
            + " its own regex locations that would answer the snippet's requests (nginx takes the first match)",
            List.of(succeeds(SNIPPET_SHADOWING))),
        Item.thorough("nginx runs with produce's http tuning", List.of(
            succeeds("test -s /run/nginx.pid && kill -0 \"$(cat /run/nginx.pid)\"").retried(RETRY_WITHIN, RETRY_EVERY),
            workersNewerThan("\"$(cat /run/nginx.pid)\"",
                "/etc/nginx/conf.d/performance.conf", "/etc/nginx/snippets/produce-drupal.conf")
                .retried(RELOAD_WITHIN, RETRY_EVERY),
            prints("nginx -T 2>/dev/null",
                directive("gzip_vary on"),
                directive("gzip_proxied any"),
                directive("gzip_comp_level " + nginx.gzipCompLevel()),
                directive("gzip_min_length " + nginx.gzipMinLength()),
                directive("gzip_types " + String.join(" ", nginx.gzipTypes())),
                directive("open_file_cache max=" + nginx.openFileCacheMax() + " inactive=" + nginx.openFileCacheInactiveS()
                    + "s"),
                directive("open_file_cache_valid " + nginx.openFileCacheValidS() + "s"),
                directive("open_file_cache_min_uses " + nginx.openFileCacheMinUses()),
                directive("open_file_cache_errors off"),
                directive("keepalive_timeout " + nginx.keepaliveTimeoutS() + "s"),
                directive("client_body_buffer_size " + nginx.clientBodyBufferKb() + "k"),
                directive("fastcgi_buffer_size " + nginx.fastcgiBufferSizeKb() + "k"),
                directive("fastcgi_buffers " + nginx.fastcgiBuffersCount() + " " + nginx.fastcgiBuffersKb() + "k")))),
        SiteChecks.staticAssets(nginx, docroot)));
  }

  static Section phpFpm(PhpPaths php, PhpFpmPool pool, PhpIni ini) {
    String fpm = php.fpmBinary();
    String tt = fpm + " -tt 2>&1 | grep -E ";
    String info = fpm + " -i | grep -E ";
    return new Section("php_fpm", List.of(
        Item.quick("PHP-FPM accepts its configuration", List.of(succeeds(fpm + " -t"))),
        Item.thorough("PHP-FPM runs the computed www pool", List.of(
            succeeds("test -S " + ShellWords.quote(php.fpmSocket())).retried(RETRY_WITHIN, RETRY_EVERY),
            workersNewerThan(oldestLive(fpm),
                php.wwwPool(), php.produceIni())
                .retried(RELOAD_WITHIN, RETRY_EVERY),
            succeeds(tt + poolLine("pm", pool.pm())),
            succeeds(tt + poolLine("pm.max_children", pool.maxChildren())),
            succeeds(tt + poolLine("pm.start_servers", pool.startServers())),
            succeeds(tt + poolLine("pm.min_spare_servers", pool.minSpareServers())),
            succeeds(tt + poolLine("pm.max_spare_servers", pool.maxSpareServers())),
            succeeds(tt + poolLine("pm.max_requests", pool.maxRequests())))),
        Item.thorough("PHP-FPM (not the CLI) reads the computed opcache, realpath and APCu settings,"
            + " APCu enabled", List.of(
                succeeds(info + iniLine("opcache.enable", "On")),
                succeeds(info + iniLine("opcache.memory_consumption", ini.opcacheMemoryMb())),
                succeeds(info + iniLine("opcache.interned_strings_buffer", ini.opcacheInternedStringsMb())),
                succeeds(info + iniLine("opcache.max_accelerated_files", ini.opcacheMaxAcceleratedFiles())),
                succeeds(info + iniLine("opcache.validate_timestamps", ini.opcacheValidateTimestamps() ? "On" : "Off")),
                succeeds(info + iniLine("opcache.revalidate_freq", ini.opcacheRevalidateFreqS())),
                succeeds(info + iniLine("opcache.save_comments", "On")),
                succeeds(info + iniLine("realpath_cache_size", ini.realpathCacheSizeKb() + "K")),
                succeeds(info + iniLine("realpath_cache_ttl", ini.realpathCacheTtlS())),
                // APCu's phpinfo row is apcu_enabled() as FPM's SAPI sees it: loaded and enabled
                succeeds(info + ShellWords.quote("^APCu Support => Enabled$")),
                succeeds(info + iniLine("apc.shm_size", ini.apcuShmMb() + "M"))))));
  }

  /**
   * Every worker of the master whose pid {@code masterPid} (a shell word) prints started no earlier
   * than one second before the newest of {@code files} last changed (ps counts whole seconds).
   */
  static CommandSpec workersNewerThan(String masterPid, String... files) {
    String[] words = new String[files.length + 1];
    words[0] = masterPid;
    for (int i = 0; i < files.length; i++) {
      words[i + 1] = ShellWords.quote(files[i]);
    }
    return ProbeCommand.of("probe_workers_reloaded", words);
  }

  /** Prints the pids of the {@code pid stat} lines whose process is not a zombie (Z, or X being reaped). */
  private static final String LIVE_PIDS = "awk '$2 !~ /^[ZX]/ { print $1 }'";

  /**
   * A shell word printing the pid of the oldest live process named {@code name}: {@code pgrep -o}
   * would pick a zombie, which a container without an init never reaps.
   */
  static String oldestLive(String name) {
    return "\"$(ps -C " + ShellWords.quote(name) + " -o pid=,stat= --sort=start_time | " + LIVE_PIDS
        + " | head -n 1)\"";
  }

  /** A {@code /regex/} expectation for {@code directive;} alone on a line of {@code nginx -T} (not in a comment). */
  private static String directive(String directive) {
    return "/^\\s*" + ShellWords.literalRegex(directive + ";") + "$/";
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
