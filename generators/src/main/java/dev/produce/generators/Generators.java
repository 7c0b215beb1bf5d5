package dev.produce.generators;

import dev.produce.generators.render.Bundle;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;

import dev.produce.generators.config.drupal.SettingsProducePhpGenerator;
import dev.produce.generators.config.memcached.MemcachedConfGenerator;
import dev.produce.generators.config.nginx.PerformanceConfGenerator;
import dev.produce.generators.config.nginx.ProduceDrupalConfGenerator;
import dev.produce.generators.config.nginx.ProduceMicrocacheConfGenerator;
import dev.produce.generators.config.php.ProduceIniGenerator;
import dev.produce.generators.config.php.WwwConfGenerator;
import dev.produce.generators.config.redis.RedisConfGenerator;
import dev.produce.generators.meta.ProfileJsonGenerator;
import dev.produce.generators.meta.ReadmeGenerator;
import dev.produce.generators.meta.Sha256Sums;
import dev.produce.generators.meta.VerificationYmlGenerator;
import dev.produce.generators.scripts.ScriptGenerators;
import dev.produce.model.ServerProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The single ordered inventory of the bundle: the shell scripts' generators, then one generator per
 * configuration file and the bundle's own metadata. {@link #bundle} runs them all and appends
 * {@code SHA256SUMS}, computed last over everything else. No directory is scanned: a file is in the
 * bundle because its generator is listed here.
 */
public final class Generators {
  private Generators() {}

  /** Every generator, in bundle order: {@link ScriptGenerators#all()} first, then the others. */
  public static List<FileGenerator> all() {
    List<FileGenerator> all = new ArrayList<>(ScriptGenerators.all());
    all.addAll(List.of(
        new RedisConfGenerator(),
        new MemcachedConfGenerator(),
        new WwwConfGenerator(),
        new ProduceIniGenerator(),
        new PerformanceConfGenerator(),
        new ProduceDrupalConfGenerator(),
        new ProduceMicrocacheConfGenerator(),
        new SettingsProducePhpGenerator(),
        new ProfileJsonGenerator(),
        new ReadmeGenerator(),
        new VerificationYmlGenerator()));
    return List.copyOf(all);
  }

  /** Compiles {@code profile} into a bundle: every generator's file, then {@code SHA256SUMS}. */
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
    for (FileGenerator generator : all()) {
      generator.generate(profile).ifPresent(files::add);
    }
    files.addAll(extra);
    files.add(Sha256Sums.of(files));
    return new Bundle(files);
  }
}
