package dev.produce.cli.convert;

import dev.produce.loadtest.LoadTestSettings;

/** {@code --pairs}: before/after pairs per load, 1 to {@value LoadTestSettings#MAX_PAIRS}. */
public final class PairsConverter extends BoundedIntConverter {
  public PairsConverter() {
    super("--pairs", 1, LoadTestSettings.MAX_PAIRS, "");
  }
}
