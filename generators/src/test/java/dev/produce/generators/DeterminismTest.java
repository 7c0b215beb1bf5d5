package dev.produce.generators;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.write.BundleArchive;
import dev.produce.generators.write.BundleWriter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.ServerProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs, same bytes: bundle files, written directories and archives. */
class DeterminismTest {
  @TempDir Path tmp;

  @Test
  void twoCompiles_giveIdenticalBundles() {
    for (ServerProfile profile : List.of(TestProfiles.redis(), TestProfiles.memcache(), TestProfiles.performanceOnly(),
        TestProfiles.cacheOnly())) {
      assertThat(Generators.bundle(profile)).isEqualTo(Generators.bundle(profile));
    }
  }

  @Test
  void twoWrites_giveIdenticalDirectories() throws IOException {
    BundleWriter.write(Generators.bundle(TestProfiles.redis()), tmp.resolve("one"), false);
    BundleWriter.write(Generators.bundle(TestProfiles.redis()), tmp.resolve("two"), false);

    assertThat(tree(tmp.resolve("one"))).isEqualTo(tree(tmp.resolve("two"))).isNotEmpty();
  }

  @Test
  void twoArchives_areByteIdentical() throws IOException {
    BundleArchive.write(Generators.bundle(TestProfiles.memcache()), tmp.resolve("one.tar.gz"));
    BundleArchive.write(Generators.bundle(TestProfiles.memcache()), tmp.resolve("two.tar.gz"));

    assertThat(Files.readAllBytes(tmp.resolve("one.tar.gz"))).isEqualTo(Files.readAllBytes(tmp.resolve("two.tar.gz")));
  }

  @Test
  void archive_hasAGzipHeaderWithoutTimestampOrName() throws IOException {
    Path archive = tmp.resolve("bundle.tar.gz");
    BundleArchive.write(Generators.bundle(TestProfiles.redis()), archive);
    byte[] bytes = Files.readAllBytes(archive);

    assertThat(bytes[0] & 0xff).isEqualTo(0x1f);
    assertThat(bytes[1] & 0xff).isEqualTo(0x8b);
    assertThat(bytes[3]).as("FLG: no FNAME, FCOMMENT or FEXTRA").isZero();
    assertThat(new byte[] {bytes[4], bytes[5], bytes[6], bytes[7]}).as("MTIME").containsOnly(0);
    assertThat(bytes[9]).as("OS: Unix").isEqualTo((byte) 3);
  }

  @Test
  void archive_entriesAreSortedUnderBundleWithFixedOwnerTimeAndModes() throws IOException {
    Bundle bundle = Generators.bundle(TestProfiles.memcache());
    Path archive = tmp.resolve("bundle.tar.gz");
    BundleArchive.write(bundle, archive);

    List<String> names = new ArrayList<>();
    Map<String, String> contents = new TreeMap<>();
    try (InputStream in = Files.newInputStream(archive);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        names.add(entry.getName());
        assertThat(entry.getName()).startsWith("bundle/");
        assertThat(entry.getModTime().getTime()).as(entry.getName()).isZero();
        assertThat(entry.getLongUserId()).isZero();
        assertThat(entry.getLongGroupId()).isZero();
        assertThat(entry.getUserName()).isEqualTo("root");
        assertThat(entry.getGroupName()).isEqualTo("root");
        int permissions = entry.getMode() & 07777;
        if (entry.isDirectory()) {
          assertThat(permissions).as(entry.getName()).isEqualTo(0755);
        } else {
          BundleFile file = bundle.file(entry.getName().substring("bundle/".length())).orElseThrow();
          assertThat(permissions).as(entry.getName()).isEqualTo(file.mode());
          ByteArrayOutputStream content = new ByteArrayOutputStream();
          tar.transferTo(content);
          contents.put(file.path(), content.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(names).isSorted().startsWith("bundle/").contains("bundle/files/", "bundle/files/etc/");
    names.stream().filter(n -> !n.endsWith("/")).forEach(n ->
        assertThat(names.indexOf(n.substring(0, n.lastIndexOf('/') + 1))).as("parent before " + n)
            .isBetween(0, names.indexOf(n)));
    assertThat(contents.keySet()).containsExactlyElementsOf(bundle.paths());
    bundle.files().forEach(f -> assertThat(contents.get(f.path())).isEqualTo(f.content()));
  }

  @Test
  void archive_extractsWithGnuTarAndPassesSha256sum() throws Exception {
    Path archive = tmp.resolve("bundle.tar.gz");
    BundleArchive.write(Generators.bundle(TestProfiles.redis()), archive);

    ProcessRunner untar = ProcessRunner.run(tmp, "tar", "-xzf", archive.toString());
    assertThat(untar.exitCode()).as(untar.output()).isZero();
    ProcessRunner check = ProcessRunner.run(tmp.resolve("bundle"), "sha256sum", "-c", "--strict", "--quiet", "SHA256SUMS");
    assertThat(check.exitCode()).as(check.output()).isZero();
  }

  @Test
  void archive_replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
    Path archive = Files.writeString(tmp.resolve("bundle.tar.gz"), "old");

    BundleArchive.write(Generators.bundle(TestProfiles.redis()), archive);

    assertThat(Files.size(archive)).isGreaterThan(3);
    try (Stream<Path> entries = Files.list(tmp)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("bundle.tar.gz");
    }
  }

  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.toList()) {
        String mode = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        String content = Files.isRegularFile(path) ? dev.produce.generators.meta.Sha256Sums.hex(Files.readAllBytes(path)) : "<dir>";
        tree.put(dir.relativize(path).toString(), mode + " " + content);
      }
    }
    return tree;
  }
}
