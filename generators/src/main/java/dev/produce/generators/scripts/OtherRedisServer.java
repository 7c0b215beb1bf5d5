package dev.produce.generators.scripts;

import dev.produce.model.RedisPaths;

/**
 * The other Redis-protocol server of the distro, as {@code scripts/lib/redis-switch.sh} reads it: the
 * one the apply stops when it holds the bundle's port (Redis for a Valkey bundle, and the other way
 * round). Every value is empty when there is none (Debian 12, or a bundle without Redis or Valkey).
 *
 * @param service its systemd unit and init script
 * @param binary its server binary, also its process name
 * @param config its configuration file (read for its {@code port} and {@code pidfile})
 * @param user the user and group it runs as
 * @param pidfile Debian's pid file, used when its configuration names none
 */
public record OtherRedisServer(String service, String binary, String config, String user, String pidfile) {

  /** No other server. */
  public static OtherRedisServer none() {
    return new OtherRedisServer("", "", "", "", "");
  }

  /** The values of {@code paths}. */
  public static OtherRedisServer of(RedisPaths paths) {
    return new OtherRedisServer(paths.service(), paths.binary(), paths.config(), paths.user(), paths.pidfile());
  }
}
