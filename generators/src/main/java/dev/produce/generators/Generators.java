package dev.produce.generators;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;

import dev.produce.generators.config.InstalledFiles;
import dev.produce.generators.meta.ProfileJsonGenerator;
import dev.produce.generators.meta.ReadmeGenerator;
import dev.produce.generators.meta.Sha256Sums;
import dev.produce.generators.meta.VerificationYmlGenerator;
import dev.produce.generators.scripts.ScriptGenerators;
import dev.produce.model.ServerProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The single ordered inventory of the bundle: the shell scripts' generators, the files of the
 * model's {@link dev.produce.model.BundlePlan} ({@link InstalledFiles}), then the bundle's own
 * metadata. {@link #bundle} runs them all and appends {@code SHA256SUMS}, computed last over
 * everything else. No directory is scanned: a file is in the bundle because the plan or this class
 * lists it.
 */
public final class Generators {
  private static final List<FileGenerator> METADATA = List.of(
      new ProfileJsonGenerator(),
      new ReadmeGenerator(),
      new VerificationYmlGenerator());

  private Generators() {}

  /**
   * Every generator of a single file, in bundle order: {@link ScriptGenerators#all()} first, then
   * the metadata. The installed files are not among them: {@link InstalledFiles} renders the plan.
   */
  public static List<FileGenerator> all() {
    List<FileGenerator> all = new ArrayList<>(ScriptGenerators.all());
    all.addAll(METADATA);
    return List.copyOf(all);
  }

  /** Compiles {@code profile} into a bundle: the scripts, the plan's files, the metadata, then {@code SHA256SUMS}. */
  public static Bundle bundle(ServerProfile profile) {
    return bundle(profile, List.of());
  }

  /**
   * Compiles {@code profile} into a bundle that also carries {@code extra} files (e.g. vendored
   * packages, see {@link dev.produce.generators.packages.VendoredPackages}), all of them listed in
   * {@code SHA256SUMS}. With no extra files the bundle is exactly {@link #bundle(ServerProfile)}.
   */
  public static Bundle bundle(ServerProfile profile, List<BundleFile> extra) {
    List<BundleFile> files = new ArrayList<>();
    for (FileGenerator generator : ScriptGenerators.all()) {
      generator.generate(profile).ifPresent(files::add);
    }
    files.addAll(InstalledFiles.render(profile));
    for (FileGenerator generator : METADATA) {
      generator.generate(profile).ifPresent(files::add);
    }
    files.addAll(extra);
    files.add(Sha256Sums.of(files));
    return new Bundle(files);
  }
}
