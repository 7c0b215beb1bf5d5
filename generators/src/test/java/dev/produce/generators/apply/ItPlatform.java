package dev.produce.generators.apply;

import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.PhpPaths;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.Images;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The platform the container tests run on, chosen once per JVM by the system property
 * {@value #PROPERTY} (failsafe sets it per execution, see {@code generators/pom.xml}): the distro the
 * bundles are compiled for, the target image's Debian suite, and whether the target boots systemd.
 * Only classes marked {@link EveryPlatform} run on a platform other than {@link #DEFAULT}.
 */
enum ItPlatform {
  /** Debian 13 (PHP 8.4) with systemd as PID 1: the servers users run. */
  DEBIAN_13_SYSTEMD("debian-13-systemd", Distro.DEBIAN_13, Images.Suite.TRIXIE, true),
  /** Debian 12 (PHP 8.2) without systemd: the apply starts the daemons through their init scripts. */
  DEBIAN_12("debian-12", Distro.DEBIAN_12, Images.Suite.BOOKWORM, false);

  /** The system property naming the platform. */
  static final String PROPERTY = "produce.it.platform";
  /** The platform without the property: every container test runs there. */
  static final ItPlatform DEFAULT = DEBIAN_12;

  private final String name;
  private final Distro distro;
  private final Images.Suite suite;
  private final boolean systemd;

  ItPlatform(String name, Distro distro, Images.Suite suite, boolean systemd) {
    this.name = name;
    this.distro = distro;
    this.suite = suite;
    this.systemd = systemd;
  }

  /** The platform {@value #PROPERTY} names, {@link #DEFAULT} when it is unset or empty. */
  static ItPlatform current() {
    String value = System.getProperty(PROPERTY, "").strip();
    if (value.isEmpty()) {
      return DEFAULT;
    }
    for (ItPlatform platform : values()) {
      if (platform.name.equals(value)) {
        return platform;
      }
    }
    throw new IllegalArgumentException("-D" + PROPERTY + " must be one of "
        + Arrays.stream(values()).map(ItPlatform::toString).collect(Collectors.joining("|")) + ", was '" + value + "'");
  }

  /** The distro the tests' bundles are compiled for ({@code --distro}). */
  Distro distro() {
    return distro;
  }

  /** The Debian suite of the target image. */
  Images.Suite suite() {
    return suite;
  }

  /** Whether the target boots systemd as PID 1. */
  boolean systemd() {
    return systemd;
  }

  /** PHP's binaries, service and paths of the distro's stock PHP. */
  PhpPaths php() {
    return distro.platform(distro.php(), CacheBackend.REDIS).php();
  }

  /** A target container of this platform to start: the suite's target image, booted with systemd if it says so. */
  ContainerTarget.Builder target() {
    ContainerTarget.Builder target = ContainerTarget.of(Images.target(suite));
    return systemd ? target.systemd() : target;
  }

  /** As {@value #PROPERTY} names it, e.g. {@code debian-13-systemd}. */
  @Override
  public String toString() {
    return name;
  }
}
