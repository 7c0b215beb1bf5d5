package dev.produce.format.profile;

import dev.produce.model.Derivation;
import dev.produce.model.DrupalCache;
import dev.produce.model.Inputs;
import dev.produce.model.ManagedFile;
import dev.produce.model.MemcachedProfile;
import dev.produce.model.MemoryBudget;
import dev.produce.model.NginxProfile;
import dev.produce.model.PhpFpmPool;
import dev.produce.model.PhpIni;
import dev.produce.model.PhpPaths;
import dev.produce.model.RedisProfile;
import dev.produce.model.ServerProfile;
import java.util.List;
import java.util.Optional;

/**
 * A bundle's {@code profile.json} as written: the format version, the provenance ({@code generator},
 * {@code version}, {@code command}) and the profile's inputs and computed values. {@link ProfileJson}
 * writes it with sorted keys; an absent part is {@code null}.
 *
 * @param formatVersion the format of this document, {@link ProfileJson#FORMAT_VERSION}
 * @param generator {@link ProfileJson#GENERATOR}; marks the directory as a produce bundle
 * @param version the produce version that wrote it
 * @param command the produce-compile command line it was compiled with
 */
public record ProfileDocument(
    String formatVersion, String generator, String version, String command,
    Inputs inputs, MemoryBudget budget, PhpPaths php, Optional<PhpFpmPool> phpFpm, Optional<PhpIni> phpIni,
    Optional<NginxProfile> nginx, Optional<RedisProfile> redis, Optional<MemcachedProfile> memcached,
    Optional<DrupalCache> drupal, List<ManagedFile> files, List<String> requiredPackages,
    List<Derivation> derivations) {

  /** The document of {@code profile}, compiled by produce {@code version} with {@code command}. */
  public static ProfileDocument of(ServerProfile profile, String version, String command) {
    return new ProfileDocument(ProfileJson.FORMAT_VERSION.toString(), ProfileJson.GENERATOR, version, command,
        profile.inputs(), profile.budget(), profile.php(), profile.phpFpm(), profile.phpIni(), profile.nginx(),
        profile.redis(), profile.memcached(), profile.drupal(), profile.files(), profile.requiredPackages(),
        profile.derivations());
  }
}
