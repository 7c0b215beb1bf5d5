package dev.produce.verifier.offline;

import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import dev.produce.verifier.container.TargetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves and downloads the {@code .deb} closure of some packages for a Debian suite: in a fresh
 * container of that suite's {@link Images#bare(Images.Suite)} (debootstrap's minbase, Debian's mirror
 * reachable over Docker's bridge network) it runs {@code apt-get update} and {@code apt-get install
 * --download-only --no-install-recommends}, so the closure is exactly what a minimal Debian of the suite
 * lacks, then copies every {@code .deb} out with its control stanza. The container is removed afterwards.
 */
public final class PackageVendor {
  /** How long apt may take to update and download (a cold mirror, a slow link). */
  private static final Duration APT_TIMEOUT = Duration.ofMinutes(10);
  private static final String WORK = "/var/tmp/produce-vendor";
  private static final String CONTROLS = WORK + "/CONTROLS";
  private static final String SEPARATOR = "=== ";

  /** Runs in the container with the packages as arguments; apt's output goes to a log printed on failure. */
  private static final String SCRIPT = String.join("\n",
      "set -euo pipefail",
      "export DEBIAN_FRONTEND=noninteractive",
      "work=" + WORK,
      "mkdir -p \"$work/debs/partial\"",
      "log=\"$work/apt.log\"",
      "if ! apt-get -q update >\"$log\" 2>&1 || ! apt-get -q -y install --download-only --no-install-recommends"
          + " -o Dir::Cache::Archives=\"$work/debs\" \"$@\" >>\"$log\" 2>&1; then",
      "  grep -E '^(E|W|Err):' \"$log\" >&2 || tail -n 20 \"$log\" >&2",
      "  exit 1",
      "fi",
      "cd \"$work/debs\"",
      "for deb in *.deb; do printf '" + SEPARATOR + "%s\\n' \"$deb\"; dpkg-deb -f \"$deb\"; done >\"" + CONTROLS + "\"",
      "");

  private PackageVendor() {}

  /**
   * The {@code .deb} files of {@code packages} and their dependencies missing from a minimal Debian of
   * {@code suite} (its {@code bare} image), sorted by file name.
   *
   * @throws TargetException no Docker engine, or the container does not start
   * @throws PackageVendorException apt failed (message: apt's error lines)
   */
  public static List<DownloadedPackage> download(Images.Suite suite, List<String> packages) {
    if (packages.isEmpty()) {
      throw new IllegalArgumentException("no packages to download");
    }
    for (String name : packages) {
      if (!name.matches("[a-z0-9][a-z0-9.+-]*")) {
        throw new IllegalArgumentException("not a Debian package name: " + name);
      }
    }
    String image = Images.bare(suite);
    try (ContainerTarget container = ContainerTarget.of(image).start()) {
      List<String> command = new ArrayList<>(List.of("bash", "-c", SCRIPT, "produce-vendor"));
      command.addAll(packages);
      ExecResult apt = container.exec(APT_TIMEOUT, command.toArray(String[]::new));
      if (!apt.succeeded()) {
        throw new PackageVendorException("apt-get could not download " + String.join(" ", packages) + " in "
            + image + ": " + firstLines(apt.stderr()));
      }
      return copyOut(container, container.readFile(CONTROLS));
    }
  }

  private static List<DownloadedPackage> copyOut(ContainerTarget container, String controls) {
    List<DownloadedPackage> packages = new ArrayList<>();
    Path temp;
    try {
      temp = Files.createTempDirectory("produce-vendor-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      for (String block : ("\n" + controls).split("\n" + SEPARATOR)) {
        if (block.isBlank()) {
          continue;
        }
        int newline = block.indexOf('\n');
        String fileName = block.substring(0, newline).strip();
        if (fileName.contains("/") || !fileName.endsWith(".deb")) {
          throw new PackageVendorException("unexpected file in apt's download directory: " + fileName);
        }
        Path local = temp.resolve(fileName);
        container.copyOut(WORK + "/debs/" + fileName, local);
        packages.add(new DownloadedPackage(fileName, Files.readAllBytes(local), block.substring(newline + 1).strip()));
        Files.delete(local);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the downloaded packages in " + temp, e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // a leftover empty temporary directory is harmless
      }
    }
    if (packages.isEmpty()) {
      throw new PackageVendorException("apt-get downloaded nothing: the packages are already in " + "the base image");
    }
    packages.sort(Comparator.comparing(DownloadedPackage::fileName));
    return List.copyOf(packages);
  }

  private static String firstLines(String text) {
    String joined = String.join("; ", text.strip().lines().limit(5).toList());
    return joined.isEmpty() ? "no error output" : joined;
  }
}
