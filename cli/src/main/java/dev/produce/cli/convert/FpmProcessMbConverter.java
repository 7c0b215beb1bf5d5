package dev.produce.cli.convert;

import dev.produce.model.Inputs;

/**
 * Converts {@code --fpm-process-mb}: a whole number of MB within {@link Inputs#MIN_FPM_PROCESS_MB} …
 * {@link Inputs#MAX_FPM_PROCESS_MB}. Whether it fits the memory is decided by the model's sizing.
 */
public final class FpmProcessMbConverter extends BoundedIntConverter {
  public FpmProcessMbConverter() {
    super("--fpm-process-mb", Inputs.MIN_FPM_PROCESS_MB, Inputs.MAX_FPM_PROCESS_MB, " MB");
  }
}
