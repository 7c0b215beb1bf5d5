package dev.produce.generators.write;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.produce.format.BundleLayout;
import dev.produce.format.profile.ProfileJson;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a bundle directory, all or nothing. The bundle is built in a hidden temporary directory
 * next to the target (same filesystem), given fixed modes (0755 executables and directories, 0644
 * everything else), then renamed into place. A previous produce bundle is replaced only with
 * {@code force}; any other non-empty directory, or a file, is never written into. On failure the
 * temporary directory is removed and the target is left as it was.
 */
public final class BundleWriter {
  private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixModes.of(0755);

  private BundleWriter() {}

  /**
   * Writes {@code bundle} to {@code dir}.
   *
   * @throws BundleExistsException {@code dir} holds a previous bundle and {@code force} is false
   * @throws NotABundleException {@code dir} is a file, a symbolic link or a non-empty directory that is not a bundle
   */
  public static void write(Bundle bundle, Path dir, boolean force) throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new NotABundleException(target, "is the filesystem root");
    }
    Target existing = inspect(target);
    if (existing == Target.BUNDLE && !force) {
      throw new BundleExistsException(target);
    }
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".produce-new-");
    try {
      populate(bundle, staging);
      moveIntoPlace(staging, target, existing);
    } catch (IOException | RuntimeException e) {
      deleteRecursively(staging);
      throw e;
    }
  }

  /** Whether {@code dir} holds a bundle written by produce: SHA256SUMS, produce and a profile.json saying so. */
  public static boolean isBundle(Path dir) {
    Path profile = dir.resolve(BundleLayout.PROFILE_JSON);
    if (!Files.isRegularFile(dir.resolve(BundleLayout.SHA256SUMS), LinkOption.NOFOLLOW_LINKS)
        || !Files.isRegularFile(dir.resolve(BundleLayout.ENTRY_POINT), LinkOption.NOFOLLOW_LINKS)
        || !Files.isRegularFile(profile, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      JsonNode generator = new ObjectMapper().readTree(profile.toFile()).path("generator");
      return generator.isTextual() && generator.asText().equals(ProfileJson.GENERATOR);
    } catch (IOException e) {
      return false;
    }
  }

  private enum Target { ABSENT, EMPTY_DIRECTORY, BUNDLE }

  private static Target inspect(Path target) throws IOException {
    if (Files.isSymbolicLink(target)) {
      throw new NotABundleException(target, "is a symbolic link");
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return Target.ABSENT;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new NotABundleException(target, "is a file");
    }
    try (Stream<Path> entries = Files.list(target)) {
      if (entries.findAny().isEmpty()) {
        return Target.EMPTY_DIRECTORY;
      }
    }
    if (isBundle(target)) {
      return Target.BUNDLE;
    }
    throw new NotABundleException(target, "is not empty");
  }

  private static void populate(Bundle bundle, Path staging) throws IOException {
    for (BundleFile file : bundle.files()) {
      Path path = staging.resolve(file.path());
      if (!path.normalize().startsWith(staging)) {
        throw new IOException("bundle path escapes the bundle: " + file.path());
      }
      Files.createDirectories(path.getParent());
      Files.write(path, file.bytes());
      PosixModes.set(path, file.mode());
    }
    // Directories last, so that every one of them (including those created above) gets 0755.
    try (Stream<Path> tree = Files.walk(staging)) {
      for (Path path : tree.filter(Files::isDirectory).toList()) {
        PosixModes.set(path, DIRECTORY_MODE);
      }
    }
  }

  private static void moveIntoPlace(Path staging, Path target, Target existing) throws IOException {
    switch (existing) {
      case ABSENT -> Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      case EMPTY_DIRECTORY -> {
        Files.delete(target);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      }
      case BUNDLE -> replace(staging, target);
      default -> throw new IllegalStateException(existing.name());
    }
  }

  /**
   * Renames the old directory {@code target} aside, moves {@code staging} in (restoring the old on
   * failure), then deletes the old. Also used for a fleet's output directory.
   */
  public static void replace(Path staging, Path target) throws IOException {
    Path old = target.resolveSibling("." + target.getFileName() + ".produce-old-" + UUID.randomUUID());
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | RuntimeException restoreFailure) {
        e.addSuppressed(restoreFailure);
      }
      throw e;
    }
    deleteRecursively(old);
  }

  public static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(directory);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
