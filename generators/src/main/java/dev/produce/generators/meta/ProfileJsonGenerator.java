package dev.produce.generators.meta;

import dev.produce.format.BundleLayout;
import dev.produce.format.profile.ProfileDocument;
import dev.produce.format.profile.ProfileJson;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Provenance;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/**
 * {@code profile.json}: the inputs and every computed value, as data ({@link ProfileDocument}, written
 * by {@link ProfileJson}, not a template). JSON has no comments, so the provenance is three fields:
 * {@code "generator": "produce"} (which also marks the directory as a produce bundle for
 * {@link dev.produce.generators.write.BundleWriter}), {@code "version"} and {@code "command"}; the
 * format is {@code "formatVersion"}.
 */
public final class ProfileJsonGenerator implements FileGenerator {
  /** The bundle path. */
  public static final String PATH = BundleLayout.PROFILE_JSON;

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    Provenance provenance = Provenance.of(profile);
    ProfileDocument document = ProfileDocument.of(profile, provenance.version(), provenance.command());
    return Optional.of(new BundleFile(PATH, ProfileJson.write(document), false));
  }
}
