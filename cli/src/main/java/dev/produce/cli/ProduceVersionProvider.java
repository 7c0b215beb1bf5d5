package dev.produce.cli;

import dev.produce.generators.render.ProduceVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: produce's version, the same one every generated file's provenance header names. */
public final class ProduceVersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"produce " + ProduceVersion.get()};
  }
}
