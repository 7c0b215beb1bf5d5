package dev.produce.cli.convert;

/** {@code --site-cpus}: the site container's CPUs, 1 to 256 (the machine's count minus one at most). */
public final class SiteCpusConverter extends BoundedIntConverter {
  public SiteCpusConverter() {
    super("--site-cpus", 1, 256, "");
  }
}
