package dev.produce.cli.fleet;

import dev.produce.format.inventory.FleetIndex;
import dev.produce.format.inventory.FleetIndexJson;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.write.BundleArchive;
import dev.produce.generators.write.BundleTargetException;
import dev.produce.generators.write.BundleWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a compiled fleet to its output directory, all or nothing: every bundle directory and archive
 * under {@code bundles/}, {@code fleet.json}, and the rollout files, built in a hidden directory next to
 * the output and renamed into place. A previous fleet output (one with {@code fleet.json}) is replaced
 * only with {@code force}; any other non-empty directory, a file or a link is never written into.
 */
public final class FleetWriter {
  private FleetWriter() {}

  /** Writes {@code fleet} and {@code extra} files (paths relative to the output) to {@code dir}. */
  public static void write(FleetCompiler.Fleet fleet, List<BundleFile> extra, Path dir, boolean force)
      throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new BundleTargetException("-o: " + dir + " is the filesystem root");
    }
    boolean previous = checkTarget(dir, target, force);
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".produce-new-");
    try {
      for (FleetCompiler.FleetBundle bundle : fleet.bundles()) {
        BundleWriter.write(bundle.bundle(), staging.resolve(bundle.directory()), false);
        BundleArchive.write(bundle.bundle(), staging.resolve(bundle.archive()));
      }
      Files.writeString(staging.resolve(FleetIndex.FILE), FleetIndexJson.write(fleet.index()), StandardCharsets.UTF_8);
      for (BundleFile file : extra) {
        Path path = staging.resolve(file.path());
        Files.createDirectories(path.getParent());
        Files.write(path, file.bytes());
      }
      Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      moveIntoPlace(staging, target, previous);
    } catch (IOException | RuntimeException e) {
      BundleWriter.deleteRecursively(staging);
      throw e;
    }
  }

  /** Whether {@code target} holds a previous fleet output to replace; refuses what may not be written. */
  private static boolean checkTarget(Path given, Path target, boolean force) throws IOException {
    if (Files.isSymbolicLink(target)) {
      throw new BundleTargetException("-o: " + given + " is a symbolic link; name a directory");
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new BundleTargetException("-o: " + given + " is a file; name a directory");
    }
    try (Stream<Path> entries = Files.list(target)) {
      if (entries.findAny().isEmpty()) {
        return false;
      }
    }
    if (!Files.isRegularFile(target.resolve(FleetIndex.FILE), LinkOption.NOFOLLOW_LINKS)) {
      throw new BundleTargetException("-o: " + given + " is not empty and holds no " + FleetIndex.FILE
          + "; choose a new directory");
    }
    if (!force) {
      throw new BundleTargetException("-o: " + given + " holds a previous fleet; add --force to replace it");
    }
    return true;
  }

  private static void moveIntoPlace(Path staging, Path target, boolean previous) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    if (!previous) {
      Files.delete(target);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    BundleWriter.replace(staging, target);
  }
}
