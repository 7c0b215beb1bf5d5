package dev.produce.format.profile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;

/**
 * What readers of a {@code profile.json} use, typed: the provenance and the inputs and cache wiring a
 * load test needs. Read by {@link ProfileJson#read}; every other key of the document is ignored.
 *
 * @param formatVersion the document's format version; empty in bundles written before versions existed
 * @param generator {@code produce} in a produce bundle
 * @param command the produce-compile command line
 * @param inputs the inputs it was compiled from
 * @param drupal Drupal's cache wiring; empty without a cache daemon
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProfileSummary(
    Optional<String> formatVersion, String generator, String command, Inputs inputs, Optional<Drupal> drupal) {

  /**
   * The inputs, as written.
   *
   * @param cache the cache backend's name, e.g. {@code REDIS}
   * @param php the PHP version, {@code X.Y}
   * @param siteRoot the Drupal project root
   * @param memoryMb the server RAM it was sized for
   * @param cpus the CPU cores it was sized for; empty in bundles that do not record them
   * @param distro the target release, {@code debian-13} or {@code debian-12}; {@link #DISTRO_BEFORE_RECORDED}
   *     in bundles that do not record it (all of them were compiled for Debian 12)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Inputs(String cache, String php, String siteRoot, long memoryMb, Optional<Integer> cpus,
      String distro) {
    /** The release of every bundle written before {@code distro} was recorded. */
    public static final String DISTRO_BEFORE_RECORDED = "debian-12";

    public Inputs {
      cpus = cpus == null ? Optional.empty() : cpus;
      distro = distro == null ? DISTRO_BEFORE_RECORDED : distro;
    }
  }

  /**
   * Drupal's cache wiring, as written: the daemon's TCP address ({@code 127.0.0.1} and {@code 6379}), or
   * its unix socket (the socket's path and port {@value #SOCKET_PORT}, as memcache bundles wire memcached).
   *
   * @param cacheService the cache service, e.g. {@code cache.backend.redis}
   * @param host the cache daemon's address, or its unix socket's path; empty in a document without one
   * @param port the cache daemon's port; {@value #SOCKET_PORT} for a unix socket
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Drupal(Optional<String> cacheService, Optional<String> host, Optional<Integer> port) {
    /** The port written for a unix socket, as memcache's {@code unix:///path} servers have. */
    public static final int SOCKET_PORT = 0;

    public Drupal {
      cacheService = cacheService == null ? Optional.empty() : cacheService;
      host = host == null ? Optional.empty() : host;
      port = port == null ? Optional.empty() : port;
    }
  }
}
