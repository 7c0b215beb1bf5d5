package dev.produce.loadtest.site;

import dev.produce.loadtest.bundle.CacheEndpoint;
import dev.produce.model.CacheBackend;

/**
 * Shell commands that send one command to a bundle's cache daemon at its {@link CacheEndpoint}, run as root
 * in the target container: Redis and Valkey through their own client ({@code -h HOST -p PORT} or
 * {@code -s SOCKET}), memcached's text protocol through netcat-openbsd ({@code HOST PORT} or
 * {@code -U SOCKET}), followed by {@code quit} so that the daemon closes the connection.
 */
final class CacheDaemonClients {
  /**
   * Seconds netcat waits on a connection that neither connects nor answers. It does not wait otherwise:
   * {@code -N} shuts the connection's sending side when the input ends and netcat returns as the daemon
   * closes it (after {@code quit}), where {@code -q 2} always waited the 2 s.
   */
  static final int NETCAT_IDLE_SECONDS = 5;

  private CacheDaemonClients() {}

  /** {@code command} (e.g. {@code info stats}) sent by {@code cache}'s own client, redis-cli or valkey-cli. */
  static String redisCli(CacheBackend cache, CacheEndpoint endpoint, String command) {
    String client = cache == CacheBackend.VALKEY ? "valkey-cli" : "redis-cli";
    if (endpoint instanceof CacheEndpoint.UnixSocket socket) {
      return client + " -s " + socket.path() + " " + command;
    }
    CacheEndpoint.Tcp tcp = (CacheEndpoint.Tcp) endpoint;
    return client + " -h " + tcp.host() + " -p " + tcp.port() + " " + command;
  }

  /** memcached's text-protocol {@code command} (e.g. {@code stats}) sent through netcat. */
  static String memcachedText(CacheEndpoint endpoint, String command) {
    return "printf '" + command + "\\r\\nquit\\r\\n' | " + netcat(endpoint);
  }

  /** netcat connected to {@code endpoint}, reading its standard input. */
  static String netcat(CacheEndpoint endpoint) {
    if (endpoint instanceof CacheEndpoint.UnixSocket socket) {
      return "nc -U -N -w " + NETCAT_IDLE_SECONDS + " " + socket.path();
    }
    CacheEndpoint.Tcp tcp = (CacheEndpoint.Tcp) endpoint;
    return "nc -N -w " + NETCAT_IDLE_SECONDS + " " + tcp.host() + " " + tcp.port();
  }
}
