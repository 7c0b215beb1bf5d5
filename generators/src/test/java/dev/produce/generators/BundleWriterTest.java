package dev.produce.generators;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.write.BundleExistsException;
import dev.produce.generators.write.BundleTargetException;
import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.write.NotABundleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {
  @TempDir Path tmp;

  /** A minimal bundle that {@link BundleWriter#isBundle} recognises, with an executable and a nested file. */
  private static Bundle bundle(String marker) {
    return new Bundle(List.of(
        new BundleFile("produce", "#!/bin/sh\necho " + marker + "\n", true),
        new BundleFile("files/etc/redis/redis.conf", "maxmemory 1mb\n", false),
        new BundleFile("profile.json", "{\n  \"generator\": \"produce\"\n}\n", false),
        new BundleFile("SHA256SUMS", "", false)));
  }

  @Test
  void write_createsTheBundleWithFixedModes() throws IOException {
    Path dir = tmp.resolve("out/bundle");

    BundleWriter.write(bundle("one"), dir, false);

    assertThat(snapshot(dir)).containsOnlyKeys("", "SHA256SUMS", "files", "files/etc", "files/etc/redis",
        "files/etc/redis/redis.conf", "produce", "profile.json");
    assertThat(mode(dir)).isEqualTo("rwxr-xr-x");
    assertThat(mode(dir.resolve("files/etc/redis"))).isEqualTo("rwxr-xr-x");
    assertThat(mode(dir.resolve("produce"))).isEqualTo("rwxr-xr-x");
    assertThat(mode(dir.resolve("files/etc/redis/redis.conf"))).isEqualTo("rw-r--r--");
    assertThat(Files.readString(dir.resolve("produce"))).isEqualTo("#!/bin/sh\necho one\n");
    assertThat(siblingsOf(dir)).containsExactly("bundle");
  }

  @Test
  void write_fillsAnEmptyDirectory() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("bundle"));

    BundleWriter.write(bundle("one"), dir, false);

    assertThat(BundleWriter.isBundle(dir)).isTrue();
  }

  @Test
  void write_refusesAPreviousBundleWithoutForceAndLeavesItAsItWas() throws IOException {
    Path dir = tmp.resolve("bundle");
    BundleWriter.write(bundle("old"), dir, false);
    Map<String, String> before = snapshot(dir);

    assertThatThrownBy(() -> BundleWriter.write(bundle("new"), dir, false))
        .isInstanceOf(BundleExistsException.class)
        .isInstanceOf(BundleTargetException.class)
        .hasMessageStartingWith("-o/--output: ")
        .hasMessageContaining("--force")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(snapshot(dir)).isEqualTo(before);
    assertThat(siblingsOf(dir)).containsExactly("bundle");
  }

  @Test
  void write_replacesAPreviousBundleWithForce() throws IOException {
    Path dir = tmp.resolve("bundle");
    BundleWriter.write(bundle("old"), dir, false);
    Files.writeString(dir.resolve("stale-file"), "from an older produce\n");

    BundleWriter.write(bundle("new"), dir, true);

    assertThat(Files.readString(dir.resolve("produce"))).contains("echo new");
    assertThat(dir.resolve("stale-file")).doesNotExist();
    assertThat(siblingsOf(dir)).containsExactly("bundle");
  }

  @Test
  void write_neverWritesIntoANonEmptyDirectoryThatIsNotABundle_evenWithForce() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(dir.resolve("notes.txt"), "precious\n");
    Files.writeString(dir.resolve("profile.json"), "{\"generator\": \"something else\"}\n");
    Files.writeString(dir.resolve("produce"), "mine\n");
    Files.writeString(dir.resolve("SHA256SUMS"), "");
    Map<String, String> before = snapshot(dir);

    for (boolean force : new boolean[] {false, true}) {
      assertThatThrownBy(() -> BundleWriter.write(bundle("new"), dir, force))
          .isInstanceOf(NotABundleException.class)
          .hasMessageStartingWith("-o/--output: ")
          .hasMessageContaining("not a produce bundle")
          .hasMessageContaining("even with --force");
    }
    assertThat(snapshot(dir)).isEqualTo(before);
    assertThat(siblingsOf(dir)).containsExactly("home");
  }

  @Test
  void write_refusesAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("bundle"), "a file\n");

    assertThatThrownBy(() -> BundleWriter.write(bundle("new"), file, true)).isInstanceOf(NotABundleException.class)
        .hasMessageContaining("is a file");
    assertThat(Files.readString(file)).isEqualTo("a file\n");
  }

  @Test
  void write_leavesNothingBehindWhenWritingFails() throws IOException {
    Bundle unwritable = new Bundle(List.of(new BundleFile("x".repeat(300), "too long a name\n", false)));
    Path dir = tmp.resolve("bundle");

    assertThatThrownBy(() -> BundleWriter.write(unwritable, dir, false)).isInstanceOf(IOException.class);

    assertThat(dir).doesNotExist();
    assertThat(siblingsOf(dir)).isEmpty();
  }

  @Test
  void write_keepsThePreviousBundleWhenWritingTheNewOneFails() throws IOException {
    Path dir = tmp.resolve("bundle");
    BundleWriter.write(bundle("old"), dir, false);
    Map<String, String> before = snapshot(dir);
    Bundle unwritable = new Bundle(List.of(new BundleFile("x".repeat(300), "too long a name\n", false)));

    assertThatThrownBy(() -> BundleWriter.write(unwritable, dir, true)).isInstanceOf(IOException.class);

    assertThat(snapshot(dir)).isEqualTo(before);
    assertThat(siblingsOf(dir)).containsExactly("bundle");
  }

  @Test
  void isBundle_needsAllThreeMarkers() throws IOException {
    Path dir = tmp.resolve("bundle");
    BundleWriter.write(bundle("one"), dir, false);
    assertThat(BundleWriter.isBundle(dir)).isTrue();

    Files.delete(dir.resolve("SHA256SUMS"));
    assertThat(BundleWriter.isBundle(dir)).isFalse();
  }

  @Test
  void isBundle_rejectsAProfileJsonThatIsNotJson() throws IOException {
    Path dir = tmp.resolve("bundle");
    BundleWriter.write(bundle("one"), dir, false);
    Files.writeString(dir.resolve("profile.json"), "generator: produce\n");

    assertThat(BundleWriter.isBundle(dir)).isFalse();
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static List<String> siblingsOf(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir.getParent())) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Every path under {@code dir} with its mode and (for files) content. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> snapshot = new TreeMap<>();
    try (Stream<Path> tree = Files.walk(dir)) {
      for (Path path : tree.toList()) {
        String content = Files.isRegularFile(path) ? Files.readString(path) : "<dir>";
        snapshot.put(dir.relativize(path).toString(), mode(path) + " " + content);
      }
    }
    return snapshot;
  }
}
