package dev.produce.generators.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Changes a written bundle the way a careless edit or a bad copy would. */
final class BundleTampering {
  private BundleTampering() {}

  /** Appends {@code text} to the bundle file at {@code path}, leaving SHA256SUMS as it was. */
  static void append(Path bundle, String path, String text) throws IOException {
    Files.writeString(bundle.resolve(path), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /** Replaces the line {@code line} of the bundle file at {@code path} by {@code replacement}. */
  static void replaceLine(Path bundle, String path, String line, String replacement) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(bundle.resolve(path), StandardCharsets.UTF_8));
    int index = lines.indexOf(line);
    if (index < 0) {
      throw new IllegalArgumentException(path + " has no line '" + line + "'");
    }
    lines.set(index, replacement);
    Files.write(bundle.resolve(path), lines, StandardCharsets.UTF_8);
  }

  /** Rewrites SHA256SUMS for the bundle's current content, so a broken file passes the checksum step. */
  static void resign(Path bundle) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(bundle.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
      String path = line.substring(line.indexOf("  ") + 2);
      lines.add(sha256(bundle.resolve(path)) + "  " + path);
    }
    Files.write(bundle.resolve("SHA256SUMS"), lines, StandardCharsets.UTF_8);
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
