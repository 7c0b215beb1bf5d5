package dev.produce.generators.meta;

import dev.produce.format.BundleLayout;
import dev.produce.format.verification.VerificationYamlValues;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.generators.meta.verification.VerificationPlan;
import dev.produce.model.ServerProfile;
import java.util.Map;
import java.util.Optional;

/**
 * {@code .verification.yml}: the checks for this bundle in the original design's form (sections →
 * items with {@code text} and {@code machine.checks.{quick,thorough}.commands[]}), built by
 * {@link VerificationPlan} as the format's records ({@code dev.produce.format.verification.Section},
 * {@code Item}, {@code CommandSpec}, the same the verifier reads), with a top-level
 * {@code formatVersion}; the template prints the values {@link VerificationYamlValues} quotes. Run with the bundle root as working directory, as root, on a server
 * (or container) where the bundle was applied.
 */
public final class VerificationYmlGenerator implements FileGenerator {
  /** The bundle path. */
  public static final String PATH = BundleLayout.VERIFICATION_YML;

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    return Optional.of(Templates.file(PATH, profile, Map.of("sections", VerificationPlan.of(profile), "yaml", new VerificationYamlValues()), false));
  }
}
