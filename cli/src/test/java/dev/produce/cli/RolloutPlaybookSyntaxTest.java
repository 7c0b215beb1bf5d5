package dev.produce.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rollout playbook a fleet compile writes passes {@code ansible-playbook --syntax-check} and lists its
 * tasks for the inventory it was compiled from. Needs Ansible (Debian's {@code ansible} package); skipped
 * without it.
 */
class RolloutPlaybookSyntaxTest {
  @TempDir Path tmp;

  @Test
  void rolloutYml_passesAnsiblesSyntaxCheck() throws Exception {
    assumeTrue(onPath("ansible-playbook"), "ansible-playbook is not installed");
    Path inventory = Files.writeString(tmp.resolve("fleet.yml"), """
        all:
          children:
            web:
              vars: {produce_memory: 4G}
              hosts: {web-01: , web-02: {produce_cpus: 4}}
        """);
    Path out = tmp.resolve("out");
    assertThat(CliRun.compile("--inventory", inventory.toString(), "-o", out.toString()).exitCode()).isZero();

    Result check = ansiblePlaybook("-i", inventory.toString(), out.resolve("rollout.yml").toString(), "--syntax-check");
    Result tasks = ansiblePlaybook("-i", inventory.toString(), out.resolve("rollout.yml").toString(), "--list-hosts");

    assertThat(check.exitCode()).as(check.output()).isZero();
    assertThat(tasks.exitCode()).as(tasks.output()).isZero();
    assertThat(tasks.output()).contains("hosts (2):", "web-01", "web-02");
  }

  private record Result(int exitCode, String output) {}

  private Result ansiblePlaybook(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("ansible-playbook"));
    command.addAll(List.of(args));
    Path log = tmp.resolve("ansible.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .directory(tmp.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ansible-playbook took more than 120 s");
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
