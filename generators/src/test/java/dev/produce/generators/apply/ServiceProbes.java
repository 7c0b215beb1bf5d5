package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.PhpPaths;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ExecResult;

/** Independent checks that the services of a profile answer and accept their configuration. */
final class ServiceProbes {
  private ServiceProbes() {}

  /**
   * nginx -t and the profile's PHP-FPM -t (e.g. {@code php-fpm8.2 -t}) pass; the site answers through nginx and
   * PHP-FPM's socket; the cache daemon answers.
   */
  static void assertServing(Server server, ServerProfile profile, String context) {
    PhpPaths php = profile.platform().php();
    ExecResult nginx = server.container().exec("nginx", "-t");
    assertThat(nginx.exitCode()).as("%s: nginx -t%n%s", context, nginx.stderr()).isZero();
    assertThat(nginx.stderr()).as("%s: nginx -t warnings", context).doesNotContain("[warn]");
    ExecResult fpm = server.container().exec(php.fpmBinary(), "-t");
    assertThat(fpm.exitCode()).as("%s: %s -t%n%s", context, php.fpmBinary(), fpm.stderr()).isZero();
    assertThat(server.sh("curl -sS -o /dev/stderr -w '%{http_code}' http://127.0.0.1/ 2>/dev/null"))
        .as("%s: HTTP status of the site", context).isEqualTo("200");
    assertThat(server.sh("curl -sS http://127.0.0.1/")).as("%s: the site's settings.php loads", context)
        .contains("settings: ok");
    assertThat(server.sh("test -S " + php.fpmSocket() + " && echo socket")).contains("socket");
    if (profile.inputs().cache() == CacheBackend.REDIS) {
      assertThat(server.sh("redis-cli -h 127.0.0.1 ping").strip()).as("%s: redis", context).isEqualTo("PONG");
    }
    if (profile.inputs().cache() == CacheBackend.MEMCACHE) {
      assertThat(server.sh("printf 'stats\\r\\nquit\\r\\n' | runuser -u www-data -- nc -U -N "
          + EffectiveValues.MEMCACHED_SOCKET)).as("%s: memcached answers www-data on its socket", context)
          .contains("STAT pid ");
    }
  }
}
