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
 * @param php Debian's names and paths for the PHP version
 * @param phpFpm the tuned pool
 * @param phpIni opcache, realpath cache and APCu settings
 * @param nginx nginx tuning
 * @param redis the Redis instance
 * @param memcached the Memcached instance
 * @param drupal the Drupal cache wiring
 * @param files the files installed on the target, in installation order
 * @param directories the directories created on the target when missing, parents first
 * @param requiredPackages Debian packages that must be present on the target
 * @param derivations every computed value with its derivation, in computation order
 */
public record ServerProfile(
    Inputs inputs, MemoryBudget budget, PhpPaths php, Optional<PhpFpmPool> phpFpm, Optional<PhpIni> phpIni,
    Optional<NginxProfile> nginx, Optional<RedisProfile> redis, Optional<MemcachedProfile> memcached,
    Optional<DrupalCache> drupal, List<ManagedFile> files, List<ManagedDirectory> directories,
    List<String> requiredPackages,
    List<Derivation> derivations) {
  public ServerProfile {
    files = List.copyOf(files);
    directories = List.copyOf(directories);
    requiredPackages = List.copyOf(requiredPackages);
    derivations = List.copyOf(derivations);
  }

  /** Whether any managed file belongs to {@code daemon}. */
  public boolean configures(Daemon daemon) {
    return files.stream().anyMatch(f -> f.daemon() == daemon);
  }

  /** The managed file installed at {@code targetPath}. */
  public Optional<ManagedFile> file(String targetPath) {
    return files.stream().filter(f -> f.targetPath().equals(targetPath)).findFirst();
  }
}
