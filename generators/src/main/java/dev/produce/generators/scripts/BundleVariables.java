package dev.produce.generators.scripts;

import dev.produce.generators.render.Provenance;
import dev.produce.model.BundlePlan;
import dev.produce.model.Daemon;
import dev.produce.model.ManagedDirectory;
import dev.produce.model.ManagedFile;
import dev.produce.model.RedisProfile;
import dev.produce.model.RetiredFile;
import dev.produce.model.ServerProfile;
import java.util.List;
import java.util.stream.Stream;

/**
 * The values {@code scripts/lib/bundle.sh} gives the bundle's scripts, copied out of the profile
 * and its {@link BundlePlan} (the model computes them; this class only puts them in shell form). Every value is printed inside single quotes, so none may contain a quote or a line
 * break (the model's validation already keeps them to paths, names and numbers).
 *
 * @param command the canonical {@code produce-compile} command of the bundle
 * @param version produce's version
 * @param cacheBackend {@code redis}, {@code memcache} or {@code none}
 * @param tunesPerformance {@code yes} when PHP-FPM, opcache and nginx are tuned, else {@code no}
 * @param distro {@code --distro}, e.g. {@code debian-13}
 * @param debianVersion the release's {@code VERSION_ID}, e.g. {@code 13}
 * @param debianCodename the release's {@code VERSION_CODENAME}, e.g. {@code trixie}
 * @param phpVersion e.g. {@code 8.2}
 * @param phpFpmBinary e.g. {@code php-fpm8.2}
 * @param phpFpmService e.g. {@code php8.2-fpm}
 * @param phpFpmConfig the FPM master configuration, e.g. {@code /etc/php/8.2/fpm/php-fpm.conf}
 * @param phpFpmPidfile Debian's FPM pid file, used when {@code php-fpm.conf} names none
 * @param phpFpmSocket the pool's socket
 * @param phpCli the PHP command line binary used for {@code php -l}
 * @param siteRoot the Drupal project root
 * @param docroot the Drupal docroot
 * @param settingsPhp the site's {@code settings.php}
 * @param drupalFragment where {@code settings.produce.php} is installed; empty without a cache backend
 * @param redisConfig the Redis configuration file; empty without Redis
 * @param redisPort Redis's port; empty without Redis
 * @param redisServer the Redis-protocol server's binary and process name ({@code redis-server} or
 *     {@code valkey-server} with {@code --cache valkey}; Redis's when the bundle configures neither)
 * @param redisService its systemd unit and init script
 * @param redisCli its command line client ({@code redis-cli} or {@code valkey-cli})
 * @param redisUser the user and group it runs as
 * @param redisPidfile Debian's pid file, used when its configuration names none
 * @param redisRuntimeDir the pid file's directory, created when missing
 * @param otherRedis the distro's other Redis-protocol server, stopped by the apply when it holds the
 *     bundle's port
 * @param memcachedConfig the Memcached configuration file; empty without Memcached
 * @param webUser the user PHP-FPM's pool runs as: the health check reaches memcached's unix socket as this user
 * @param requiredPackages Debian packages that must be installed
 * @param managedFiles {@code bundlePath|targetPath|daemon|owner|group|mode}, in installation order
 * @param managedDirectories {@code path|daemon|owner|group|mode}, parents first; created when missing
 * @param retiredFiles {@code targetPath|daemon}: files only produce creates that an earlier bundle may
 *     have installed and this one does not (apply removes them, with a backup), e.g. the microcache
 *     snippet after a bundle without {@code --microcache}
 * @param services the services the bundle touches, in start order (cache daemon, PHP-FPM, nginx)
 * @param keptSettings {@code targetPath|comment|directive …}: the managed files whose lines with one of
 *     these directives apply carries from the server's previous file into a block at the end of the
 *     installed one, introduced by a comment line starting with {@code comment}
 */
public record BundleVariables(
    String command, String version, String cacheBackend, String tunesPerformance, String distro,
    String debianVersion, String debianCodename, String phpVersion,
    String phpFpmBinary, String phpFpmService, String phpFpmConfig, String phpFpmPidfile, String phpFpmSocket,
    String phpCli, String siteRoot, String docroot, String settingsPhp, String drupalFragment, String redisConfig,
    String redisPort, String redisServer, String redisService, String redisCli, String redisUser, String redisPidfile,
    String redisRuntimeDir, OtherRedisServer otherRedis, String memcachedConfig, String webUser, List<String> requiredPackages,
    List<String> managedFiles, List<String> managedDirectories, List<String> retiredFiles, List<String> services,
    List<String> keptSettings) {

  public BundleVariables {
    requiredPackages = List.copyOf(requiredPackages);
    managedFiles = List.copyOf(managedFiles);
    managedDirectories = List.copyOf(managedDirectories);
    retiredFiles = List.copyOf(retiredFiles);
    services = List.copyOf(services);
    keptSettings = List.copyOf(keptSettings);
    Stream.concat(
            Stream.of(command, version, cacheBackend, tunesPerformance, distro, debianVersion, debianCodename,
                phpVersion, phpFpmBinary, phpFpmService,
                phpFpmConfig, phpFpmPidfile, phpFpmSocket, phpCli, siteRoot, docroot, settingsPhp, drupalFragment,
                redisConfig, redisPort, redisServer, redisService, redisCli, redisUser, redisPidfile, redisRuntimeDir,
                otherRedis.service(), otherRedis.binary(), otherRedis.config(), otherRedis.user(), otherRedis.pidfile(),
                memcachedConfig, webUser),
            Stream.of(requiredPackages, managedFiles, managedDirectories, retiredFiles, services, keptSettings)
                .flatMap(List::stream))
        .forEach(BundleVariables::requireSingleQuotable);
  }

  /** The values for {@code profile}. */
  public static BundleVariables of(ServerProfile profile) {
    var php = profile.php();
    var server = profile.platform().redis();
    BundlePlan plan = profile.plan();
    return new BundleVariables(
        Provenance.of(profile).command(),
        Provenance.of(profile).version(),
        profile.inputs().cache().optionValue(),
        profile.inputs().scope().tunesPerformance() ? "yes" : "no",
        profile.inputs().distro().optionValue(),
        profile.inputs().distro().debianVersion(),
        profile.inputs().distro().suite(),
        php.version().toString(),
        php.fpmBinary(),
        php.fpmService(),
        php.fpmConfig(),
        php.fpmPidfile(),
        php.fpmSocket(),
        php.cliBinary(),
        profile.inputs().siteRoot(),
        profile.inputs().docroot(),
        profile.inputs().settingsPhp(),
        plan.targetOf(Daemon.DRUPAL).orElse(""),
        plan.targetOf(Daemon.REDIS).orElse(""),
        profile.redis().map(RedisProfile::port).map(String::valueOf).orElse(""),
        server.binary(),
        server.service(),
        server.cli(),
        server.user(),
        server.pidfile(),
        server.runtimeDir(),
        profile.redis().flatMap(redis -> profile.platform().otherRedis()).map(OtherRedisServer::of)
            .orElse(OtherRedisServer.none()),
        profile.memcached().map(memcached -> profile.platform().memcached().config()).orElse(""),
        profile.platform().webUser(),
        plan.requiredPackages(),
        plan.files().stream().map(BundleVariables::manifestLine).toList(),
        plan.directories().stream().map(BundleVariables::directoryLine).toList(),
        plan.retiredFiles().stream().map(BundleVariables::retiredLine).toList(),
        plan.services().stream().map(Daemon::shellName).toList(),
        plan.files().stream().filter(f -> !f.keptDirectives().isEmpty()).map(BundleVariables::keptLine).toList());
  }

  /** The shell name of the daemon a file belongs to: {@code nginx}, {@code php-fpm}, {@code redis}, … */
  static String daemonName(Daemon daemon) {
    return daemon.shellName();
  }

  private static String manifestLine(ManagedFile file) {
    return String.join("|", file.bundlePath(), file.targetPath(), daemonName(file.daemon()), file.owner(),
        file.group(), file.mode());
  }

  /** Redis marks comments with {@code #}, PHP-FPM's ini files with {@code ;}. */
  private static String keptLine(ManagedFile file) {
    String comment = file.daemon() == Daemon.PHP_FPM ? ";" : "#";
    return String.join("|", file.targetPath(), comment, String.join(" ", file.keptDirectives()));
  }

  private static String directoryLine(ManagedDirectory dir) {
    return String.join("|", dir.path(), daemonName(dir.daemon()), dir.owner(), dir.group(), dir.mode());
  }

  private static String retiredLine(RetiredFile file) {
    return file.targetPath() + "|" + daemonName(file.daemon());
  }

  private static void requireSingleQuotable(String value) {
    if (value.indexOf('\'') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("not printable inside shell single quotes: " + value);
    }
  }
}
