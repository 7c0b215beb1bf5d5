package dev.produce.dist;

import dev.produce.verifier.container.Images;

/** The release on a fresh Debian 13 (trixie) machine: Debian's default Java runtime there is 21. */
class ReleaseOnDebian13IT extends ReleaseInstallIT {
  @Override
  Images.Suite suite() {
    return Images.Suite.TRIXIE;
  }
}
