package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code produce-compile --inventory}: bundles per profile, content addressed, as single compiles; refusals. */
class CompileFleetTest {
  private static final String FLEET = """
      all:
        vars:
          produce_cache: memcache
        children:
          web:
            vars: {produce_memory: 4G, produce_cpus: 4}
            hosts:
              web-01:
              web-02: {produce_memory: 4096}
              web-03: {produce_memory: 8G}
          legacy:
            vars: {produce_distro: debian-12}
            hosts:
              old-01: {produce_microcache: 5, produce_memory: 2G}
      """;

  @TempDir Path tmp;

  @Test
  void inventory_hostsOfTheSameProfile_shareOneBundle_andFleetJsonMapsEachHost() throws IOException {
    Path out = tmp.resolve("out");

    CliRun run = CliRun.compile("--inventory", inventory(FLEET).toString(), "-o", out.toString());

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.outLines().get(0)).isEqualTo("Wrote " + out + "/: 4 hosts, 3 bundles (" + out
        + "/fleet.json maps each host to its bundle)");
    JsonNode index = new ObjectMapper().readTree(out.resolve("fleet.json").toFile());
    String shared = index.path("hosts").path("web-01").path("bundle").asText();
    assertThat(index.path("hosts").path("web-02").path("bundle").asText()).as("4G = 4096").isEqualTo(shared);
    assertThat(index.path("hosts").path("web-03").path("bundle").asText()).isNotEqualTo(shared);
    assertThat(index.path("bundles").path(shared).path("hosts").toString()).isEqualTo("[\"web-01\",\"web-02\"]");
    assertThat(index.path("bundles").path(shared).path("command").asText()).isEqualTo("produce-compile --distro"
        + " debian-13 --memory 4096 --cache memcache --cpus 4 --php 8.4 --site-root /var/www/drupal --fpm-process-mb 64");
    assertThat(BundleFiles.names(out.resolve("bundles"))).hasSize(6);
    assertThat(out.resolve("bundles/" + shared + ".tar.gz")).isRegularFile();
    assertThat(out.resolve("rollout.yml")).isRegularFile();
    assertThat(run.outLines().get(run.outLines().size() - 1)).isEqualTo("Roll out: ansible-playbook -i "
        + tmp.resolve("fleet.yml") + " " + out + "/rollout.yml  (--check --diff first)");
  }

  @Test
  void inventory_eachBundle_isByteIdenticalToTheSingleCompileOfItsProfile() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(CliRun.compile("--inventory", inventory(FLEET).toString(), "-o", out.toString()).exitCode()).isZero();
    JsonNode index = new ObjectMapper().readTree(out.resolve("fleet.json").toFile());
    String bundle = index.path("hosts").path("old-01").path("bundle").asText();
    Path single = tmp.resolve("single");
    Path archive = tmp.resolve("single.tar.gz");

    CliRun run = CliRun.compile("--distro", "debian-12", "--memory", "2048", "--cache", "memcache", "--microcache", "5",
        "-o", single.toString(), "--archive", archive.toString());

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isZero();
    assertThat(BundleFiles.snapshot(out.resolve("bundles/" + bundle))).isEqualTo(BundleFiles.snapshot(single));
    assertThat(Files.readAllBytes(out.resolve("bundles/" + bundle + ".tar.gz"))).isEqualTo(Files.readAllBytes(archive));
  }

  @Test
  void sign_signsEveryBundle_asTheSingleCompileSignsIt_andFleetJsonSaysSo() throws Exception {
    Path key = tmp.resolve("ops_ed25519");
    Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "ops@example", "-f",
        key.toString()).redirectErrorStream(true).start();
    assertThat(keygen.waitFor()).isZero();
    Path out = tmp.resolve("out");

    CliRun run = CliRun.compile("--inventory", inventory(FLEET).toString(), "-o", out.toString(), "--sign",
        key.toString());

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isZero();
    JsonNode index = new ObjectMapper().readTree(out.resolve("fleet.json").toFile());
    String bundle = index.path("hosts").path("old-01").path("bundle").asText();
    assertThat(index.path("bundles").path(bundle).path("signed").asBoolean()).isTrue();
    Path single = tmp.resolve("single");
    assertThat(CliRun.compile("--distro", "debian-12", "--memory", "2048", "--cache", "memcache", "--microcache", "5",
        "-o", single.toString(), "--sign", key.toString()).exitCode()).isZero();
    assertThat(single.resolve("SHA256SUMS.sig")).isRegularFile();
    assertThat(BundleFiles.snapshot(out.resolve("bundles/" + bundle))).isEqualTo(BundleFiles.snapshot(single));
  }

  @Test
  void inventory_aBundlesDirectory_isTheSha256PrefixOfItsProfileJson() throws Exception {
    Path out = tmp.resolve("out");
    CliRun.compile("--inventory", inventory(FLEET).toString(), "-o", out.toString());

    for (String name : BundleFiles.names(out.resolve("bundles"))) {
      if (!name.endsWith(".tar.gz")) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(
            Files.readAllBytes(out.resolve("bundles").resolve(name).resolve("profile.json")));
        assertThat(name).isEqualTo(HexFormat.of().formatHex(digest).substring(0, 16));
      }
    }
  }

  @Test
  void inventory_badHosts_exit2_oneLineEachNamingHostAndVariable_andNothingIsWritten() {
    Path out = tmp.resolve("out");
    String bad = FLEET.replace("web-03: {produce_memory: 8G}", "web-03: {produce_memory: 256}")
        .replace("produce_microcache: 5,", "produce_microcache: 5, produce_memroy: 1,");

    CliRun run = CliRun.compile("--inventory", inventory(bad).toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).containsExactly(
        "produce-compile: web-03: produce_memory: must be between 512 and 1048576 MB (512M … 1T), was 256"
            + " (set in host web-03)",
        "produce-compile: old-01: produce_memroy: is not a produce variable; they are produce_distro|produce_memory|"
            + "produce_cache|produce_cpus|produce_php|produce_site_root|produce_fpm_process_mb|produce_performance_only|"
            + "produce_no_performance|produce_microcache (set in host old-01)",
        CliRun.HINT);
    assertThat(out).doesNotExist();
    assertThat(BundleFiles.names(tmp)).containsExactly("fleet.yml");
  }

  @Test
  void inventory_aModelRefusal_namesTheVariablesInsteadOfTheOptions() {
    String valkeyOnBookworm = FLEET.replace("produce_distro: debian-12}", "produce_distro: debian-12, produce_cache: valkey}");

    CliRun run = CliRun.compile("--inventory", inventory(valkeyOnBookworm).toString(), "-o", tmp.resolve("o").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines().get(0)).startsWith("produce-compile: old-01: produce_cache: valkey needs produce_distro"
        + " debian-13").endsWith("(set in group legacy)");
  }

  @Test
  void limit_compilesOnlyTheSelectedHosts_soABadHostOutsideItDoesNotBlock() throws IOException {
    Path out = tmp.resolve("out");
    String bad = FLEET.replace("web-03: {produce_memory: 8G}", "web-03: {produce_memory: 256}");

    CliRun run = CliRun.compile("--inventory", inventory(bad).toString(), "--limit", "all:!web-03", "-o", out.toString());

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isZero();
    JsonNode index = new ObjectMapper().readTree(out.resolve("fleet.json").toFile());
    assertThat(index.path("hosts").fieldNames()).toIterable().containsExactly("old-01", "web-01", "web-02");
    assertThat(index.path("limit").asText()).isEqualTo("all:!web-03");
  }

  @Test
  void inventory_aPreviousFleet_isReplacedOnlyWithForce_andAProfileOptionIsRefused() throws IOException {
    Path out = tmp.resolve("out");
    String file = inventory(FLEET).toString();
    assertThat(CliRun.compile("--inventory", file, "-o", out.toString()).exitCode()).isZero();

    CliRun again = CliRun.compile("--inventory", file, "-o", out.toString());
    CliRun forced = CliRun.compile("--inventory", file, "-o", out.toString(), "--force");
    CliRun memory = CliRun.compile("--inventory", file, "-o", tmp.resolve("x").toString(), "--memory", "4G");

    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.errLines()).containsExactly("produce-compile: -o: " + out + " holds a previous fleet; add --force"
        + " to replace it");
    assertThat(forced.exitCode()).as("stderr: %s", forced.err()).isZero();
    assertThat(memory.errLines().get(0)).isEqualTo("produce-compile: --memory: is not taken with --inventory: set"
        + " produce_memory in the inventory (for all hosts: under all: vars:)");
    assertThat(BundleFiles.names(tmp)).containsExactly("fleet.yml", "out");
    assertThat(CliRun.compile("--limit", "web", "-o", tmp.resolve("y").toString()).errLines().get(0))
        .isEqualTo("produce-compile: --limit: selects hosts of an --inventory; give --inventory FILE too");
    CliRun missing = CliRun.compile("--inventory", tmp.resolve("nope.yml").toString(), "-o", tmp.resolve("y").toString());
    CliRun directory = CliRun.compile("--inventory", tmp.toString(), "-o", tmp.resolve("y").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.errLines().get(0)).isEqualTo("produce-compile: --inventory: no such file: " + tmp.resolve("nope.yml"));
    assertThat(directory.exitCode()).as(directory.err()).isEqualTo(ExitCodes.USAGE);
  }

  private Path inventory(String yaml) {
    try {
      return Files.writeString(tmp.resolve("fleet.yml"), yaml);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
