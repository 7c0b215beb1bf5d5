package dev.produce.loadtest.bundle;

import dev.produce.format.BundleLayout;
import dev.produce.format.UnsupportedFormatException;
import dev.produce.format.profile.ProfileJson;
import dev.produce.format.profile.ProfileSummary;
import dev.produce.model.CacheBackend;
import dev.produce.model.InvalidInputException;
import dev.produce.verifier.container.BundleSuite;
import dev.produce.verifier.container.Images;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A compiled bundle, read from its {@code profile.json} through the typed {@link ProfileSummary}.
 *
 * @param dir           the bundle directory
 * @param command       the produce-compile command it was compiled with
 * @param cache         its cache backend
 * @param cacheService  Drupal's cache service it switches to, e.g. {@code cache.backend.redis}; empty for none
 * @param cacheEndpoint where the cache daemon listens (TCP address or unix socket); empty for none
 * @param php           PHP version, {@code X.Y}
 * @param siteRoot      Drupal project root it was compiled for
 * @param memoryMb      server RAM it was sized for
 * @param cpus          CPU cores it was sized for ({@code --cpus}); empty when profile.json does not say
 * @param suite         the Debian suite of its distro ({@code inputs.distro}), whose target image it runs on
 */
public record BundleProfile(Path dir, String command, CacheBackend cache, Optional<String> cacheService,
    Optional<CacheEndpoint> cacheEndpoint, String php, String siteRoot, long memoryMb, Optional<Integer> cpus,
    Images.Suite suite) {

  /** Where the fixture site lives (the suite's target image decides the PHP). */
  public static final String TARGET_SITE_ROOT = "/var/www/drupal";
  static final String OPTION = "BUNDLE";

  /**
   * Reads {@code dir/profile.json}; refuses (with a message naming BUNDLE) what is not a bundle, or a
   * bundle for another PHP version or site root than the target container has.
   */
  public static BundleProfile read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(OPTION, "not a directory: " + dir + " (compile one with produce-compile -o DIR)");
    }
    Path profile = dir.resolve(BundleLayout.PROFILE_JSON);
    if (!Files.isRegularFile(profile) || !Files.isRegularFile(dir.resolve(BundleLayout.ENTRY_POINT))) {
      throw new InvalidInputException(OPTION, dir + " is not a bundle (no profile.json and produce); compile one with"
          + " produce-compile -o DIR");
    }
    ProfileSummary json;
    try {
      json = ProfileJson.read(profile);
    } catch (IOException e) {
      throw new InvalidInputException(OPTION, "cannot read " + profile + ": " + e.getMessage());
    } catch (UnsupportedFormatException e) {
      throw new InvalidInputException(OPTION, e.getMessage());
    }
    ProfileSummary.Inputs inputs = json.inputs();
    if (inputs == null) {
      throw new InvalidInputException(OPTION, profile + " has no inputs; compile the bundle again with produce-compile");
    }
    CacheBackend cache;
    try {
      cache = CacheBackend.valueOf(String.valueOf(inputs.cache()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(OPTION, profile + " names no known cache backend: " + inputs.cache());
    }
    Optional<ProfileSummary.Drupal> drupal = json.drupal();
    BundleProfile bundle = new BundleProfile(dir, json.command() == null ? "" : json.command(), cache,
        drupal.flatMap(ProfileSummary.Drupal::cacheService), drupal.flatMap(wiring -> endpoint(wiring, profile)),
        inputs.php(), inputs.siteRoot(), inputs.memoryMb(), inputs.cpus(),
        BundleSuite.ofDistro(inputs.distro(), profile.toString(), OPTION));
    bundle.checkServable();
    return bundle;
  }

  /** The daemon's endpoint {@code drupal.host}/{@code drupal.port} give; empty without a port. */
  private static Optional<CacheEndpoint> endpoint(ProfileSummary.Drupal wiring, Path profile) {
    try {
      return wiring.port().map(port -> CacheEndpoint.of(wiring.host().orElse(CacheEndpoint.LOOPBACK), port));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(OPTION, profile + ": drupal.host and drupal.port name no cache daemon: "
          + e.getMessage());
    }
  }

  private void checkServable() {
    if (!suite.php().equals(php)) {
      throw new InvalidInputException(OPTION, "compiled for --php " + php + "; the load test's target image runs PHP "
          + suite.php() + " (compile with --php " + suite.php() + ")");
    }
    if (!TARGET_SITE_ROOT.equals(siteRoot)) {
      throw new InvalidInputException(OPTION, "compiled for --site-root " + siteRoot + "; the fixture site lives in "
          + TARGET_SITE_ROOT + " (compile with the default --site-root)");
    }
    if (memoryMb < 512) {
      throw new InvalidInputException(OPTION, "profile.json gives no --memory of at least 512 MB: " + memoryMb);
    }
  }
}
