package dev.produce.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything a bundle needs to know, computed once from {@link Inputs} by {@link Profiles#compute}.
 * Parts that the inputs leave out are empty: no {@code redis} without {@code --cache redis}, no
 * {@code phpFpm}/{@code phpIni}/{@code nginx} with {@code --no-performance}.
 *
 * @param inputs the validated inputs
 * @param budget how the RAM is divided
 * @param platform the target distro's paths, packages and service names
 * @param phpFpm the tuned pool
 * @param phpIni opcache, realpath cache and APCu settings
 * @param nginx nginx tuning
 * @param redis the Redis instance
 * @param memcached the Memcached instance
 * @param drupal the Drupal cache wiring
 * @param plan the files, directories, services and packages of the bundle
 * @param derivations every computed value with its derivation, in computation order
 */
public record ServerProfile(
    Inputs inputs, MemoryBudget budget, Platform platform, Optional<PhpFpmPool> phpFpm, Optional<PhpIni> phpIni,
    Optional<NginxProfile> nginx, Optional<RedisProfile> redis, Optional<MemcachedProfile> memcached,
    Optional<DrupalCache> drupal, BundlePlan plan, List<Derivation> derivations) {
  public ServerProfile {
    derivations = List.copyOf(derivations);
  }

  /** The distro's names and paths for the profile's PHP version. */
  public PhpPaths php() {
    return platform.php();
  }

  /** The files installed on the target, in installation order ({@link BundlePlan#files()}). */
  public List<ManagedFile> files() {
    return plan.files();
  }

  /** The directories created on the target when missing, parents first ({@link BundlePlan#directories()}). */
  public List<ManagedDirectory> directories() {
    return plan.directories();
  }

  /** The distro's packages that must be present on the target ({@link BundlePlan#requiredPackages()}). */
  public List<String> requiredPackages() {
    return plan.requiredPackages();
  }

  /** Whether any managed file belongs to {@code daemon}. */
  public boolean configures(Daemon daemon) {
    return plan.configures(daemon);
  }

  /** The managed file installed at {@code targetPath}. */
  public Optional<ManagedFile> file(String targetPath) {
    return plan.file(targetPath);
  }
}
