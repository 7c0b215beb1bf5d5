package dev.produce.generators.meta;

import dev.produce.format.BundleLayout;
import dev.produce.generators.render.BundleFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code SHA256SUMS}: one {@code <hex>  <path>} line per bundle file, sorted by path, exactly what
 * {@code sha256sum -c SHA256SUMS} reads from the bundle root. Computed last, over every other file,
 * so it is not a {@link dev.produce.generators.render.FileGenerator}: it needs the files, not the profile.
 * It carries no header: {@code sha256sum -c} would count a comment as an improperly formatted line.
 */
public final class Sha256Sums {
  /** The bundle path of the checksum file. */
  public static final String PATH = BundleLayout.SHA256SUMS;

  private Sha256Sums() {}

  /** The checksum file over {@code files} (which must not contain it). */
  public static BundleFile of(List<BundleFile> files) {
    StringBuilder sums = new StringBuilder();
    files.stream().sorted(Comparator.comparing(BundleFile::path)).forEach(file -> {
      if (file.path().equals(PATH)) {
        throw new IllegalArgumentException(PATH + " cannot list itself");
      }
      sums.append(hex(file.bytes())).append("  ").append(file.path()).append('\n');
    });
    return new BundleFile(PATH, sums.toString(), false);
  }

  /** The lowercase hex SHA-256 of {@code bytes}. */
  public static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
