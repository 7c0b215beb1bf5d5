package dev.produce.dist;

import dev.produce.verifier.container.Images;

/** The release on a fresh Debian 12 (bookworm) machine: Debian's default Java runtime there is 17. */
class ReleaseOnDebian12IT extends ReleaseInstallIT {
  @Override
  Images.Suite suite() {
    return Images.Suite.BOOKWORM;
  }
}
