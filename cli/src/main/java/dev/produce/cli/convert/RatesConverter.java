package dev.produce.cli.convert;

/**
 * One of {@code --rates}' comma-separated values: an open load in percent of stock's capacity, 1 to
 * 100. Their order (ascending, each once) is checked by {@link dev.produce.loadtest.LoadTestSettings}.
 */
public final class RatesConverter extends BoundedIntConverter {
  public RatesConverter() {
    super("--rates", 1, 100, " (percent of capacity)");
  }
}
