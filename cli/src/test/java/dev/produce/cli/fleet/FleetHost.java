package dev.produce.cli.fleet;

import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.util.List;

/**
 * One host of the test fleet: its inventory name and the managed target container (Debian 12, no systemd)
 * Ansible reaches by container id. Reads back what a rollout may change.
 */
record FleetHost(String name, ContainerTarget container) implements AutoCloseable {
  /** The configuration a bundle installs, with the directories produce creates: hashes and listings. */
  private static final String CONFIGURATION = "cd / && find etc/nginx etc/php etc/redis etc/memcached.conf"
      + " var/www/drupal/web/sites/default -type f -print0 | sort -z | xargs -0 sha256sum"
      + " && find var/cache/nginx -printf '%p %M %u\\n' 2>/dev/null | sort; true";
  /** What the playbook itself leaves on the host: the copied archives and unpacked releases. */
  private static final String FLEET_DIRECTORY = "find /var/lib/produce/fleet -printf '%p %M %u\\n' 2>/dev/null | sort; true";

  static FleetHost start(String name) {
    return new FleetHost(name, ContainerTarget.of(Images.managed(Images.Suite.BOOKWORM)).start());
  }

  /** Docker's id of the container: the inventory's {@code ansible_host}. */
  String containerId() {
    return container.containerId();
  }

  /** Hashes of the installed configuration files and the listing of produce's cache directory. */
  String configuration() {
    return sh(CONFIGURATION);
  }

  /** The configuration, then the listing of the playbook's {@code /var/lib/produce/fleet}. */
  String everything() {
    return configuration() + sh(FLEET_DIRECTORY);
  }

  /** The bundle ids unpacked under {@code /var/lib/produce/fleet/releases}. */
  List<String> releases() {
    return sh("ls /var/lib/produce/fleet/releases 2>/dev/null; true").lines().toList();
  }

  /** Whether a process of exactly this name runs. */
  boolean runs(String process) {
    return container.exec("pgrep", "-x", process).succeeded();
  }

  String sh(String script) {
    ExecResult result = container.shell(script);
    if (!result.succeeded()) {
      throw new AssertionError(name + ": " + script + " failed: " + result.stderr());
    }
    return result.stdout();
  }

  @Override
  public void close() {
    container.close();
  }
}
