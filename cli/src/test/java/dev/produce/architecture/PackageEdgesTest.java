package dev.produce.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The edges of {@code docs/STYLE_GUIDE.md}, checked with ArchUnit over the main class files of every
 * module: a forbidden dependency or a package cycle fails the build. Each rule names the edge it
 * guards, so a failure says which line of the style guide the change breaks.
 */
class PackageEdgesTest {
  private static final String MODEL = "dev.produce.model..";
  private static final String FORMAT = "dev.produce.format..";
  private static final String GENERATORS = "dev.produce.generators..";
  private static final String VERIFIER = "dev.produce.verifier..";
  private static final String LOADTEST = "dev.produce.loadtest..";
  private static final String CLI = "dev.produce.cli..";

  /** Module → the produce modules it may use (itself aside); the rest of produce is forbidden. */
  private static final Map<String, Set<String>> MODULE_EDGES = Map.of(
      MODEL, Set.of(),
      FORMAT, Set.of(MODEL),
      GENERATORS, Set.of(MODEL, FORMAT),
      VERIFIER, Set.of(MODEL, FORMAT),
      LOADTEST, Set.of(MODEL, FORMAT, VERIFIER),
      CLI, Set.of(MODEL, FORMAT, GENERATORS, VERIFIER, LOADTEST));

  /** Directory names that build tools, launchers and ignore files treat as output. */
  private static final Set<String> TOOL_OUTPUT_NAMES = Set.of("target", "vendor", "build", "bin");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.produce");
  }

  @Test
  void everyModuleIsImported() {
    for (String module : List.of(MODEL, GENERATORS, VERIFIER, LOADTEST, CLI)) {
      String prefix = module.substring(0, module.length() - 2);
      assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(prefix)))
          .as("classes of %s on the test class path", prefix).isTrue();
    }
  }

  @TestFactory
  Stream<DynamicTest> modulesOnlyUseTheModulesBelowThem() {
    return MODULE_EDGES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(edge -> {
      String[] forbidden = MODULE_EDGES.keySet().stream()
          .filter(other -> !other.equals(edge.getKey()) && !edge.getValue().contains(other))
          .sorted().toArray(String[]::new);
      return DynamicTest.dynamicTest(edge.getKey() + " uses only " + edge.getValue(), () ->
          noClasses().that().resideInAPackage(edge.getKey())
              .should().dependOnClassesThat().resideInAnyPackage(forbidden)
              .allowEmptyShould(true)
              .check(classes));
    });
  }

  @Test
  void noPackageCycle() {
    slices().matching("dev.produce.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void generators_subPackagesNeverUseTheInventoryAbove() {
    noClasses().that().resideInAnyPackage("dev.produce.generators.*..")
        .should().dependOnClassesThat().resideInAPackage("dev.produce.generators")
        .because("dev.produce.generators (Generators) lists the generators; they must not reach back")
        .check(classes);
  }

  @Test
  void generators_renderUsesOnlyTheModel() {
    noClasses().that().resideInAPackage("dev.produce.generators.render..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.produce.generators", "dev.produce.generators.config..", "dev.produce.generators.meta..",
            "dev.produce.generators.scripts..", "dev.produce.generators.packages..", "dev.produce.generators.write..")
        .check(classes);
  }

  @Test
  void generators_writersOnlyWriteRenderedBundles() {
    noClasses().that().resideInAPackage("dev.produce.generators.write..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.produce.generators", "dev.produce.generators.config..", "dev.produce.generators.meta..",
            "dev.produce.generators.scripts..", "dev.produce.generators.packages..")
        .check(classes);
  }

  @Test
  void verifier_checksAndContainersNeverRunPhasesOrReport() {
    noClasses().that().resideInAnyPackage("dev.produce.verifier.check..",
            "dev.produce.verifier.container..", "dev.produce.verifier.offline..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.produce.verifier.run..", "dev.produce.verifier.report..")
        .check(classes);
  }

  @Test
  void cli_convertersUseOnlyTheModelAndTheFormat() {
    noClasses().that().resideInAPackage("dev.produce.cli.convert..")
        .should().dependOnClassesThat().resideInAnyPackage(GENERATORS, VERIFIER, LOADTEST)
        .because("a converter turns a word into a model or format value; it runs nothing")
        .check(classes);
  }

  @Test
  void cli_verifyCommandUsesTheVerifierThroughItsEntryPoint() {
    noClasses().that().resideInAPackage("dev.produce.cli")
        .should().dependOnClassesThat().resideInAnyPackage("dev.produce.verifier.check..", "dev.produce.verifier.run..",
            "dev.produce.verifier.report..")
        .because("dev.produce.verifier.Verification is the verifier's one entry point")
        .check(classes);
  }

  @Test
  void containers_onlyVerifierContainerUsesTestcontainers() {
    noClasses().that().resideOutsideOfPackage("dev.produce.verifier.container..")
        .should().dependOnClassesThat().resideInAPackage("org.testcontainers..")
        .because("one adapter owns containers (ContainerTarget)")
        .check(classes);
  }

  @Test
  void velocity_onlyGeneratorsRenderUsesIt() {
    noClasses().that().resideOutsideOfPackage("dev.produce.generators.render..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.velocity..")
        .because("Templates is the only user of Velocity (strict mode)")
        .check(classes);
  }

  @Test
  void picocli_onlyTheCliUsesIt() {
    noClasses().that().resideOutsideOfPackage(CLI)
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void gatling_onlyLoadtestGatlingUsesIt() {
    noClasses().that().resideOutsideOfPackage("dev.produce.loadtest.gatling..")
        .should().dependOnClassesThat().resideInAPackage("io.gatling..")
        .check(classes);
  }

  @Test
  void sourceDirectories_neverTakeAToolsOutputName() throws IOException {
    Path repo = Path.of(System.getProperty("produce.repo.root", "..")).toAbsolutePath().normalize();
    List<Path> sourceRoots;
    try (Stream<Path> modules = Files.list(repo)) {
      sourceRoots = modules.map(module -> module.resolve("src")).filter(Files::isDirectory).toList();
    }
    assertThat(sourceRoots).as("module source trees under %s", repo).hasSizeGreaterThanOrEqualTo(5);
    for (Path root : sourceRoots) {
      try (Stream<Path> dirs = Files.walk(root)) {
        assertThat(dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()))
            .as("directory names under %s (tools treat them as build output)", repo.relativize(root))
            .doesNotContainAnyElementsOf(TOOL_OUTPUT_NAMES);
      }
    }
  }

  @Test
  void model_isPureJava() {
    noClasses().that().resideInAPackage(MODEL)
        .should().dependOnClassesThat().resideOutsideOfPackages(MODEL, "java..")
        .check(classes);
  }
}
