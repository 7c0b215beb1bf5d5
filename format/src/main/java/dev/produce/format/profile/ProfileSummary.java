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
   * @param distro the Debian release it targets, {@code debian-13} or {@code debian-12}; {@value #DEFAULT_DISTRO}
   *     when the document has none (bundles written before the field existed)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Inputs(String cache, String php, String siteRoot, long memoryMb, String distro) {
    /** The distro of a document without {@code inputs.distro}. */
    public static final String DEFAULT_DISTRO = "debian-12";

    public Inputs {
      if (distro == null) {
        distro = DEFAULT_DISTRO;
      }
    }
  }

  /**
   * Drupal's cache wiring, as written.
   *
   * @param cacheService the cache service, e.g. {@code cache.backend.redis}
   * @param port the cache daemon's port on 127.0.0.1
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Drupal(Optional<String> cacheService, Optional<Integer> port) {}
}
