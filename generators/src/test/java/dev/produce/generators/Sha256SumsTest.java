package dev.produce.generators;

import dev.produce.generators.render.BundleFile;
import dev.produce.generators.write.BundleWriter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.generators.meta.Sha256Sums;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256SumsTest {
  @Test
  void of_writesSha256sumFormatSortedByPath() {
    BundleFile sums = Sha256Sums.of(List.of(new BundleFile("b", "", false), new BundleFile("a/x", "abc", true)));

    assertThat(sums.content()).isEqualTo(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a/x\n"
            + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  b\n");
    assertThat(sums.path()).isEqualTo("SHA256SUMS");
  }

  @Test
  void sha256sumCheck_passesInAWrittenBundle(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("bundle");
    BundleWriter.write(Generators.bundle(TestProfiles.memcache()), dir, false);

    ProcessRunner check = ProcessRunner.run(dir, "sha256sum", "-c", "--strict", "SHA256SUMS");

    assertThat(check.exitCode()).as(check.output()).isZero();
    assertThat(check.output()).contains("files/etc/memcached.conf: OK", "profile.json: OK", ".verification.yml: OK");
  }

  @Test
  void sha256sumCheck_failsWhenAFileChanged(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("bundle");
    BundleWriter.write(Generators.bundle(TestProfiles.redis()), dir, false);
    Files.writeString(dir.resolve("files/etc/redis/redis.conf"), "maxmemory 1gb\n", java.nio.file.StandardOpenOption.APPEND);

    ProcessRunner check = ProcessRunner.run(dir, "sha256sum", "-c", "--quiet", "SHA256SUMS");

    assertThat(check.exitCode()).isNotZero();
    assertThat(check.output()).contains("files/etc/redis/redis.conf: FAILED");
  }
}
