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
   * Drupal's cache wiring, as written.
   *
   * @param cacheService the cache service, e.g. {@code cache.backend.redis}
   * @param port the cache daemon's port on 127.0.0.1
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Drupal(Optional<String> cacheService, Optional<Integer> port) {}
}
