package dev.produce.generators.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.ManagedFile;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A target container seen as a server that bundles are carried to and applied on. */
final class Server implements AutoCloseable {
  /** Everything a bundle may change, for byte-for-byte comparisons (content, owner and mode). */
  static final String CONFIG_TREES = "/etc/nginx /etc/php /etc/redis /etc/memcached.conf /var/www";
  private static final Duration PRODUCE_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);

  private final ContainerTarget target;

  Server(ContainerTarget target) {
    this.target = target;
  }

  /** A started target of the platform the tests run on ({@link ItPlatform#current()}). */
  static Server target() {
    return new Server(ItPlatform.current().target().start());
  }

  ContainerTarget container() {
    return target;
  }

  /** Copies the bundle directory {@code hostBundle} to {@code /opt/bundles/<its name>} and returns that path. */
  String carry(Path hostBundle) {
    String dir = "/opt/bundles/" + hostBundle.getFileName();
    target.copyIn(hostBundle, dir);
    return dir;
  }

  /** Runs {@code ./produce args} in {@code bundleDir}, as an operator would. */
  ExecResult produce(String bundleDir, String... args) {
    return produce(PRODUCE_TIMEOUT, bundleDir, args);
  }

  private ExecResult produce(Duration timeout, String bundleDir, String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "./produce";
    System.arraycopy(args, 0, command, 1, args.length);
    return target.execIn(bundleDir, timeout, command);
  }

  /** Runs produce and asserts it exited with {@code expected}, showing its output otherwise. */
  ExecResult produceExpecting(int expected, String bundleDir, String... args) {
    return produceExpecting(PRODUCE_TIMEOUT, expected, bundleDir, args);
  }

  /**
   * {@link #produceExpecting(int, String, String...)} within {@link #INSTALL_TIMEOUT}: for the apply that
   * first installs a bundle's vendored packages (some fifty, with their maintainer scripts), which takes
   * longer than {@link #PRODUCE_TIMEOUT} on a loaded CI machine.
   */
  ExecResult produceInstallingExpecting(int expected, String bundleDir) {
    return produceExpecting(INSTALL_TIMEOUT, expected, bundleDir);
  }

  private ExecResult produceExpecting(Duration timeout, int expected, String bundleDir, String... args) {
    ExecResult result = produce(timeout, bundleDir, args);
    assertThat(result.exitCode()).as("produce %s exit status; output:%n%s%n%s", List.of(args), result.stdout(),
        result.stderr()).isEqualTo(expected);
    return result;
  }

  /** Runs a shell script and returns its stdout; fails when it exits non-zero. */
  String sh(String script) {
    ExecResult result = target.shell(script);
    assertThat(result.exitCode()).as("%s%n%s%s", script, result.stdout(), result.stderr()).isZero();
    return result.stdout();
  }

  /**
   * sha256, owner and mode of every file under {@link #CONFIG_TREES} and in {@code /etc/tmpfiles.d}, and
   * the owner and mode of memcached's runtime directory (the group of its socket).
   */
  String snapshot() {
    return sh("{ find " + CONFIG_TREES + " -type f -printf '%p %u:%g %m ' -exec sha256sum {} \\;;"
        + " if [ -d /etc/tmpfiles.d ]; then find /etc/tmpfiles.d -type f -printf '%p %u:%g %m ' -exec sha256sum {} \\;; fi;"
        + " if [ -d /run/memcached ]; then stat -c '%n %U:%G %a' /run/memcached; fi; } | sort");
  }

  /** sha256, owner and mode of each managed file of {@code profile} and of settings.php ("absent" when missing). */
  Map<String, String> managedState(ServerProfile profile) {
    Map<String, String> state = new TreeMap<>();
    List<String> paths = new java.util.ArrayList<>(profile.files().stream().map(ManagedFile::targetPath).toList());
    paths.add(profile.inputs().docroot() + "/sites/default/settings.php");
    for (String path : paths) {
      state.put(path, sh("if [ -e '" + path + "' ]; then stat -c '%U:%G %a' '" + path + "'; sha256sum '" + path
          + "'; else echo absent; fi").strip());
    }
    return state;
  }

  /**
   * The PIDs of the daemons' main processes (oldest process of each name), e.g. {@code {nginx=123,
   * php-fpm8.2=130, ...}}; PHP-FPM's name is the platform's ({@link ItPlatform#php()}).
   */
  Map<String, String> daemonPids() {
    Map<String, String> pids = new TreeMap<>();
    for (String name : List.of("nginx", ItPlatform.current().php().fpmBinary(), "redis-server", "memcached")) {
      pids.put(name, target.exec("pgrep", "-o", "-x", name).stdout().strip());
    }
    return pids;
  }

  /** Whether any backup of an apply exists on the server. */
  boolean hasBackups() {
    return target.shell("ls -A /var/backups/produce 2>/dev/null | grep -q .").exitCode() == 0;
  }

  @Override
  public void close() {
    target.close();
  }
}
