package dev.produce.cli.convert;

import dev.produce.model.Inputs;

/**
 * Converts {@code --microcache}: whole seconds, 0 (off) … {@link Inputs#MAX_MICROCACHE_SECONDS}.
 * Whether it fits the other options (not with {@code --no-performance}) is decided by the model.
 */
public final class MicrocacheConverter extends BoundedIntConverter {
  public MicrocacheConverter() {
    super("--microcache", 0, Inputs.MAX_MICROCACHE_SECONDS, " seconds (0 = off)");
  }
}
