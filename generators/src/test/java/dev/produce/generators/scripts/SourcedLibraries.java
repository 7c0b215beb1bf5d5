package dev.produce.generators.scripts;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs bash snippets against the libraries of a written bundle, sourced as {@code produce} sources
 * them (strict mode, bundle values first), without running the workflow: only helpers that touch
 * nothing outside the given files are exercised this way.
 */
final class SourcedLibraries {
  private static final String PRELUDE = String.join("\n",
      "set -euo pipefail",
      "PRODUCE_ROOT=\"$PWD\"",
      "source scripts/lib/bundle.sh",
      "source scripts/lib/log.sh",
      "source scripts/lib/files.sh",
      "source scripts/lib/drupal.sh",
      "source scripts/lib/validate.sh",
      "source scripts/lib/services.sh",
      "");

  private final Path bundle;

  SourcedLibraries(Path bundle) {
    this.bundle = bundle;
  }

  /** Runs {@code script} in the bundle root after sourcing the libraries. */
  Shell run(String script) throws IOException, InterruptedException {
    return Shell.bash(bundle, PRELUDE + script);
  }
}
