package dev.produce.model;

import java.util.List;
import java.util.Optional;

/**
 * What a bundle installs on the target, decided once by the model: every file (where it goes in the
 * bundle and on the target, its template, owner, mode, daemon and kept directives), the directories
 * apply creates, produce's own files that apply removes, the services it touches and the packages
 * it requires. The generators render exactly {@link #files()}, nothing else under {@code files/}.
 *
 * @param files the files installed on the target, in installation order
 * @param directories the directories created on the target when missing, parents first
 * @param retiredFiles produce's own files this bundle does not install and apply removes
 * @param services the services the bundle touches, in start order (cache daemon, PHP-FPM, nginx)
 * @param requiredPackages the distro's packages that must be present on the target
 */
public record BundlePlan(List<ManagedFile> files, List<ManagedDirectory> directories, List<RetiredFile> retiredFiles,
    List<Daemon> services, List<String> requiredPackages) {
  public BundlePlan {
    files = List.copyOf(files);
    directories = List.copyOf(directories);
    retiredFiles = List.copyOf(retiredFiles);
    services = List.copyOf(services);
    requiredPackages = List.copyOf(requiredPackages);
    if (files.stream().map(ManagedFile::bundlePath).distinct().count() != files.size()
        || files.stream().map(ManagedFile::targetPath).distinct().count() != files.size()) {
      throw new IllegalArgumentException("two plan entries share a path: " + files);
    }
  }

  /** Whether any file belongs to {@code daemon}. */
  public boolean configures(Daemon daemon) {
    return files.stream().anyMatch(f -> f.daemon() == daemon);
  }

  /** The file installed at {@code targetPath}. */
  public Optional<ManagedFile> file(String targetPath) {
    return files.stream().filter(f -> f.targetPath().equals(targetPath)).findFirst();
  }

  /** The target path of the first file of {@code daemon}, e.g. redis.conf for {@link Daemon#REDIS}. */
  public Optional<String> targetOf(Daemon daemon) {
    return files.stream().filter(f -> f.daemon() == daemon).map(ManagedFile::targetPath).findFirst();
  }
}
