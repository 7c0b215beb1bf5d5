package dev.produce.generators.scripts;

import dev.produce.generators.FileGenerator;
import java.util.List;

/** The generators of the bundle's shell scripts, in bundle order. */
public final class ScriptGenerators {
  private ScriptGenerators() {}

  public static List<FileGenerator> all() {
    return List.of();
  }
}
