package dev.produce.cli.fleet;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ansible controller: runs {@code bin/produce-compile} and Debian's Ansible ({@code ansible},
 * {@code ansible-playbook}) as an operator does, Ansible without colour and with pipelining (one
 * {@code docker exec} per task instead of a file copy and an exec) and the per-task times of
 * {@code ansible.posix.profile_tasks}, and reads the play recap back.
 */
final class Controller {
  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final Pattern RECAP = Pattern.compile(
      "^(\\S+)\\s*: ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)", Pattern.MULTILINE);

  /** One host's line of the play recap. */
  record Recap(int ok, int changed, int unreachable, int failed) {}

  /** One run: its exit code, its output (stdout and stderr in order), how long it took. */
  record Run(int exitCode, String output, Duration took) {
    /** The play recap by host; a host the rollout never reached has no line. */
    Map<String, Recap> recap() {
      Map<String, Recap> hosts = new TreeMap<>();
      int start = output.lastIndexOf("PLAY RECAP");
      Matcher m = RECAP.matcher(start < 0 ? "" : output.substring(start));
      while (m.find()) {
        hosts.put(m.group(1), new Recap(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
      }
      return hosts;
    }

    /** The first {@code count} lines of the per-task times the profile_tasks callback prints last (slowest first). */
    List<String> slowestTasks(int count) {
      List<String> lines = output.lines().toList();
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (lines.get(i).startsWith("=====")) {
          return lines.subList(i + 1, Math.min(lines.size(), i + 1 + count));
        }
      }
      return List.of();
    }
  }

  private Controller() {}

  /** {@code ansible-playbook} on the PATH, if any. */
  static Optional<Path> playbookCommand() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "ansible-playbook");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Runs {@code command} (e.g. {@code ansible-playbook -i fleet.yml out/rollout.yml}) in {@code dir}, output to a log. */
  static Run run(Path dir, String... command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "ansible-", ".log");
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(Map.of("ANSIBLE_NOCOLOR", "1", "ANSIBLE_FORCE_COLOR", "0",
        "ANSIBLE_PIPELINING", "1", "ANSIBLE_CALLBACKS_ENABLED", "ansible.posix.profile_tasks",
        "ANSIBLE_LOCAL_TEMP", dir.resolve(".ansible-tmp").toString()));
    long started = System.nanoTime();
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish within " + TIMEOUT.toMinutes() + " min:\n"
          + Files.readString(log, StandardCharsets.UTF_8));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), took);
  }
}
