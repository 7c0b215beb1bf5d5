package dev.produce.cli.convert;

import dev.produce.model.Inputs;

/** Converts {@code --cpus}: a whole number within {@link Inputs#MIN_CPUS} … {@link Inputs#MAX_CPUS}. */
public final class CpusConverter extends BoundedIntConverter {
  public CpusConverter() {
    super("--cpus", Inputs.MIN_CPUS, Inputs.MAX_CPUS, "");
  }
}
