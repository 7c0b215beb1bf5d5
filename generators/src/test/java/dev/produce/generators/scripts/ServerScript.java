package dev.produce.generators.scripts;

import java.nio.file.Path;

/** The server-side script of the repository's {@code server/} folder, seen from this module. */
final class ServerScript {
  /** {@code server/produce-apply}, installed on servers from a trusted copy (ADR 0005). */
  static final Path PRODUCE_APPLY = Path.of("..", "server", "produce-apply").toAbsolutePath().normalize();

  private ServerScript() {}
}
