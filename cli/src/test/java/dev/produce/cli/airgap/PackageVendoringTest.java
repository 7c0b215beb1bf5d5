package dev.produce.cli.airgap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.verifier.container.Images;
import org.junit.jupiter.api.Test;

/** The suite --vendor-packages downloads from is the one the bundle's profile.json names. */
class PackageVendoringTest {
  @Test
  void suite_isReadFromTheProfileJsonTheCompileWrites() {
    var profile = Profiles.compute(Inputs.builder().memoryMb(2048).cache(CacheBackend.REDIS).build());

    // The default profile's distro ships its default PHP: debian-12 (also a profile.json without
    // inputs.distro) is bookworm with 8.2, debian-13 trixie with 8.4.
    Images.Suite suite = PackageVendoring.suite(profile);
    assertThat(suite.php()).isEqualTo(profile.inputs().php().toString());
  }

  @Test
  void eachDistrosOwnPhp_isAccepted_andVendoredFromItsOwnSuite() {
    for (Distro distro : Distro.values()) {
      var profile = Profiles.compute(Inputs.builder().distro(distro).cache(CacheBackend.REDIS).build());

      PackageVendoring.checkProfile(profile);
      assertThat(PackageVendoring.suite(profile).codename()).isEqualTo(distro.suite());
      assertThat(PackageVendoring.what(profile)).isEqualTo("the " + distro.displayName() + " packages");
    }
  }
}
