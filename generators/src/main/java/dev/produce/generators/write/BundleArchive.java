package dev.produce.generators.write;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.TreeMap;
import java.util.SortedMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes a bundle as a reproducible {@code .tar.gz}: every entry under a top-level {@code bundle/}
 * directory, entries sorted by name (a directory before its contents), modification time
 * {@value #MTIME_EPOCH_SECONDS} (the epoch), owner and group {@code root} (0), modes 0755 for
 * executables and directories and 0644 for the rest, and a gzip header with no timestamp and no
 * file name. Same bundle, same bytes.
 */
public final class BundleArchive {
  /** The directory every entry lives under. */
  public static final String ROOT = "bundle/";
  /** The modification time of every entry, in seconds since the epoch. */
  public static final long MTIME_EPOCH_SECONDS = 0L;

  private static final int UNIX = 3; // RFC 1952 operating system byte

  private BundleArchive() {}

  /**
   * Writes {@code bundle} to {@code file} through a temporary file in the same directory, moved
   * into place at the end; on failure {@code file} is left as it was.
   */
  public static void write(Bundle bundle, Path file) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        write(bundle, out);
      }
      PosixModes.set(temp, 0644);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Writes {@code bundle} as a {@code .tar.gz} stream to {@code out} (which stays open). */
  public static void write(Bundle bundle, OutputStream out) throws IOException {
    GzipParameters gzip = new GzipParameters();
    gzip.setModificationTime(MTIME_EPOCH_SECONDS);
    gzip.setOperatingSystem(UNIX);
    GzipCompressorOutputStream gz = new GzipCompressorOutputStream(new NonClosing(out), gzip);
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(gz, "UTF-8")) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (var entry : entries(bundle).entrySet()) {
        BundleFile content = entry.getValue();
        byte[] bytes = content == null ? null : content.bytes();
        TarArchiveEntry tarEntry = content == null
            ? entry(entry.getKey(), TarArchiveEntry.DEFAULT_DIR_MODE & ~07777 | 0755, 0)
            : entry(entry.getKey(), TarArchiveEntry.DEFAULT_FILE_MODE & ~07777 | content.mode(), bytes.length);
        tar.putArchiveEntry(tarEntry);
        if (content != null) {
          tar.write(bytes);
        }
        tar.closeArchiveEntry();
      }
      tar.finish();
    }
  }

  /** Every directory ({@code null} value, name ending in {@code /}) and file, sorted by entry name. */
  private static SortedMap<String, BundleFile> entries(Bundle bundle) {
    SortedMap<String, BundleFile> entries = new TreeMap<>();
    entries.put(ROOT, null);
    for (BundleFile file : bundle.files()) {
      String name = ROOT + file.path();
      for (int slash = name.indexOf('/', ROOT.length()); slash >= 0; slash = name.indexOf('/', slash + 1)) {
        entries.put(name.substring(0, slash + 1), null);
      }
      entries.put(name, file);
    }
    return entries;
  }

  private static TarArchiveEntry entry(String name, int mode, long size) {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setMode(mode);
    entry.setSize(size);
    entry.setModTime(MTIME_EPOCH_SECONDS * 1000L);
    entry.setUserId(0);
    entry.setGroupId(0);
    entry.setUserName("root");
    entry.setGroupName("root");
    return entry;
  }

  /** Lets the archive streams finish the gzip trailer without closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
