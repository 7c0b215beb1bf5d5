package dev.produce.generators.scripts;

import dev.produce.generators.render.FileGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * The generators of the bundle's shell scripts: the entry point, the generated variables file, then
 * the static scripts ({@link StaticScripts#PATHS}: the workflow and the libraries it sources).
 */
public final class ScriptGenerators {
  private ScriptGenerators() {}

  public static List<FileGenerator> all() {
    List<FileGenerator> all = new ArrayList<>();
    all.add(new EntryPointGenerator());
    all.add(new BundleDataGenerator());
    all.addAll(StaticScripts.generators());
    return List.copyOf(all);
  }
}
