package dev.produce.verifier.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

/**
 * A miniature bundle of the real bundles' shape, for running the phases on {@link LocalTarget}s:
 * {@code ./produce} installs {@code files/etc/app.conf} into {@code $FIXTURE_ROOT/etc} when it
 * differs and "starts" the service {@code app} (a pid file) when it is not running;
 * {@code scripts/lib/bundle.sh} and {@code scripts/lib/services.sh} declare the managed file and
 * service the way generated bundles do. Each target is a separate "machine" by its
 * {@code FIXTURE_ROOT}; the {@code FIXTURE_*} variables below inject faults.
 */
final class FixtureBundle {

  /** {@code ./produce} exits 1 with an nginx-like error. */
  static final String FAIL_APPLY = "FIXTURE_FAIL_APPLY";
  /** {@code ./produce} appends to the managed file on every run. */
  static final String NOT_IDEMPOTENT = "FIXTURE_NOT_IDEMPOTENT";
  /** {@code ./produce} restarts the service (new pid) on every run. */
  static final String RESTARTS = "FIXTURE_RESTARTS";
  /** {@code ./produce} needs the network, which an offline target does not have. */
  static final String NEEDS_NETWORK = "FIXTURE_NEEDS_NETWORK";
  /** Set on the offline target. */
  static final String OFFLINE = "FIXTURE_OFFLINE";

  private static final String PRODUCE = """
      #!/usr/bin/env bash
      set -euo pipefail
      cd "$(dirname "$0")"
      source scripts/lib/bundle.sh
      echo "produce: applying to $FIXTURE_ROOT (token ${FIXTURE_TOKEN:-none})"
      if [[ ${FIXTURE_FAIL_APPLY:-} == yes ]]; then
        echo 'produce: error: nginx: [emerg] unknown directive "gzip_foo"' >&2
        exit 1
      fi
      if [[ ${FIXTURE_NEEDS_NETWORK:-} == yes && ${FIXTURE_OFFLINE:-} == yes ]]; then
        echo 'produce: cannot reach the Debian mirror' >&2
        exit 3
      fi
      mkdir -p "$FIXTURE_ROOT/etc" "$FIXTURE_ROOT/run"
      if ! cmp -s files/etc/app.conf "$FIXTURE_ROOT/etc/app.conf"; then
        cp files/etc/app.conf "$FIXTURE_ROOT/etc/app.conf"
        echo "produce: installed $FIXTURE_ROOT/etc/app.conf"
      fi
      if [[ ${FIXTURE_NOT_IDEMPOTENT:-} == yes ]]; then
        date +%s%N >>"$FIXTURE_ROOT/etc/app.conf"
      fi
      if [[ ! -s $FIXTURE_ROOT/run/app.pid || ${FIXTURE_RESTARTS:-} == yes ]]; then
        echo "$RANDOM$RANDOM" >"$FIXTURE_ROOT/run/app.pid"
        echo "produce: started app"
      fi
      """;

  private static final String BUNDLE_SH = """
      readonly BUNDLE_MANAGED_FILES=(
        "files/etc/app.conf|$FIXTURE_ROOT/etc/app.conf|app|root|root|644"
      )
      readonly BUNDLE_SETTINGS_PHP="$FIXTURE_ROOT/settings.php"
      readonly BUNDLE_SERVICES=(
        'app'
      )
      """;

  private static final String SERVICES_SH = """
      service_pid() {
        [[ -s $FIXTURE_ROOT/run/$1.pid ]] && cat "$FIXTURE_ROOT/run/$1.pid"
      }
      """;

  private FixtureBundle() {}

  /** Writes the bundle into {@code dir} (created) and returns it. */
  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("files/etc"));
    Files.createDirectories(dir.resolve("scripts/lib"));
    Files.writeString(dir.resolve("files/etc/app.conf"), "listen 80;\n");
    Files.writeString(dir.resolve("scripts/lib/bundle.sh"), BUNDLE_SH);
    Files.writeString(dir.resolve("scripts/lib/services.sh"), SERVICES_SH);
    Path produce = dir.resolve("produce");
    Files.writeString(produce, PRODUCE);
    Files.setPosixFilePermissions(produce, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir;
  }

  /** A target that is its own machine under {@code machineRoot}, with {@code faults} set to yes. */
  static LocalTarget machine(Path machineRoot, String... faults) {
    Map<String, String> environment = new HashMap<>();
    environment.put("FIXTURE_ROOT", machineRoot.toString());
    for (String fault : faults) {
      environment.put(fault, "yes");
    }
    return new LocalTarget(environment);
  }

  /** The bundle's checks: quick ones on the installed file, a thorough one on the service, a manual item. */
  static final String SPEC = """
      app:
        - text: app.conf is installed as the bundle has it
          machine:
            automatable: true
            checks:
              quick:
                commands:
                  - cmd: cmp files/etc/app.conf "$FIXTURE_ROOT/etc/app.conf"
                    expect_exit: 0
                  - cmd: cat "$FIXTURE_ROOT/etc/app.conf"
                    expect_stdout: /^listen 80;$/
        - text: app runs
          machine:
            automatable: true
            checks:
              thorough:
                commands:
                  - cmd: cat "$FIXTURE_ROOT/run/app.pid"
                    expect_exit: 0
                    expect_stdout: /^[0-9]+$/
                    retry: {within: 5s, every: 100ms}
        - text: the site answers in a browser
          manual: Open http://localhost/ and see the front page.
          machine:
            automatable: false
      """;
}
