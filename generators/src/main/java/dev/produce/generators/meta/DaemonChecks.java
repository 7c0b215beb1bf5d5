package dev.produce.generators.meta;

import dev.produce.model.Daemon;
import dev.produce.model.PhpPaths;
import dev.produce.model.Platform;

/**
 * For each service a bundle configures: its Debian service name, how its configuration is
 * validated before it is (re)started, and how its health is checked afterwards. Shared by the
 * bundle README and {@code .verification.yml} so that both say the same thing.
 */
public final class DaemonChecks {
  private DaemonChecks() {}

  /** The Debian service (systemd unit and init script) that reads the daemon's files. */
  public static String service(Daemon daemon, Platform platform) {
    return switch (daemon) {
      case NGINX -> "nginx";
      case PHP_FPM -> platform.php().fpmService();
      case REDIS -> platform.redis().service();
      case MEMCACHED -> "memcached";
      case DRUPAL -> "none (read by Drupal on every request)";
    };
  }

  /** How apply validates the daemon's new configuration before restarting it, in words. */
  public static String validation(Daemon daemon, Platform platform) {
    PhpPaths php = platform.php();
    String conf = platform.redis().config().substring(platform.redis().config().lastIndexOf('/') + 1);
    return switch (daemon) {
      case NGINX -> "`nginx -t`";
      case PHP_FPM -> "`" + php.fpmBinary() + " -t`";
      case REDIS -> "a throwaway `" + platform.redis().binary() + "` started on the new `" + conf + "` ("
          + platform.redis().productName() + " has no config-test flag)";
      case MEMCACHED -> "a throwaway `memcached` started with the new options";
      case DRUPAL -> "`settings.produce.php` switches nothing unless the extension and the module are present";
    };
  }

  /** How apply checks the daemon answers once restarted, in words. */
  public static String health(Daemon daemon, Platform platform) {
    PhpPaths php = platform.php();
    String conf = platform.redis().config().substring(platform.redis().config().lastIndexOf('/') + 1);
    return switch (daemon) {
      case NGINX -> "nginx answers HTTP on every endpoint of its `listen` directives (`nginx -T`) that answered"
          + " before the apply (one of them, when nginx was not running)";
      case PHP_FPM -> "the FPM socket `" + php.fpmSocket() + "` exists";
      case REDIS -> "`" + platform.redis().cli() + " ping` answers `PONG` (authenticated with the `requirepass` of `"
          + conf + "`"
          + " when it has one, through `REDISCLI_AUTH`)";
      case MEMCACHED -> "memcached answers `stats`";
      case DRUPAL -> "none";
    };
  }
}
