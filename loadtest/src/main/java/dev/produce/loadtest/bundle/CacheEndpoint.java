package dev.produce.loadtest.bundle;

import dev.produce.format.profile.ProfileSummary;
import java.util.regex.Pattern;

/**
 * Where a bundle's cache daemon listens, as its {@code profile.json} wires Drupal to it
 * ({@code drupal.host}, {@code drupal.port}): a TCP address (Redis and Valkey on {@code 127.0.0.1:6379},
 * memcached on {@code 127.0.0.1:11211} in bundles compiled before the socket), or a unix socket
 * (memcached on {@code /run/memcached/memcached.sock}, written as that path and port 0).
 *
 * <p>Both are put into shell commands run as root in the target container, so only plain host names,
 * addresses and paths are accepted: letters, digits and {@code . _ - : /}.
 */
public sealed interface CacheEndpoint {

  /** The host of a bundle whose {@code profile.json} gives a port but no host: loopback, as produce wired it. */
  String LOOPBACK = "127.0.0.1";

  /**
   * The endpoint {@code drupal.host} and {@code drupal.port} describe: a unix socket when the host is an
   * absolute path (then the port must be 0), else a TCP address.
   *
   * @throws IllegalArgumentException when they describe neither, e.g. a path with a port, or port 0 without a path
   */
  static CacheEndpoint of(String host, int port) {
    if (host.startsWith("/")) {
      if (port != ProfileSummary.Drupal.SOCKET_PORT) {
        throw new IllegalArgumentException("a unix socket (" + host + ") has port " + ProfileSummary.Drupal.SOCKET_PORT
            + ", not " + port);
      }
      return new UnixSocket(host);
    }
    return new Tcp(host, port);
  }

  /**
   * A TCP address.
   *
   * @param host the daemon's host name or IP address, e.g. {@code 127.0.0.1}
   * @param port its port, 1 to 65535
   */
  record Tcp(String host, int port) implements CacheEndpoint {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9:][A-Za-z0-9._:-]*");

    public Tcp {
      if (!HOST.matcher(host).matches()) {
        throw new IllegalArgumentException("not a host name or address: '" + host + "'");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("a TCP port is 1 to 65535, not " + port + " (port "
            + ProfileSummary.Drupal.SOCKET_PORT + " needs a unix socket's path as host)");
      }
    }
  }

  /**
   * A unix socket.
   *
   * @param path the socket's absolute path, e.g. {@code /run/memcached/memcached.sock}
   */
  record UnixSocket(String path) implements CacheEndpoint {
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._-]+)+");

    public UnixSocket {
      if (!PATH.matcher(path).matches()) {
        throw new IllegalArgumentException("not an absolute path of plain names: '" + path + "'");
      }
    }
  }
}
