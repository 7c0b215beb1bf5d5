package dev.produce.generators.scripts;

import dev.produce.generators.render.FileGenerator;
import java.util.List;

/**
 * The generators of the bundle's shell scripts, in bundle order: the entry point, the workflow,
 * then the libraries it sources.
 */
public final class ScriptGenerators {
  private ScriptGenerators() {}

  public static List<FileGenerator> all() {
    return List.of(
        new EntryPointGenerator(),
        new WorkflowScriptGenerator(),
        new BackupLibraryGenerator(),
        new BundleDataGenerator(),
        new CacheSwitchLibraryGenerator(),
        new CarryLibraryGenerator(),
        new ChecksLibraryGenerator(),
        new DrupalLibraryGenerator(),
        new EndpointsLibraryGenerator(),
        new FilesLibraryGenerator(),
        new HealthLibraryGenerator(),
        new LogLibraryGenerator(),
        new PackagesLibraryGenerator(),
        new ServicesLibraryGenerator(),
        new SyncLibraryGenerator(),
        new ValidateLibraryGenerator());
  }
}
