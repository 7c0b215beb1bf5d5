package dev.produce.cli.verify;

import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.Images;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import dev.produce.verifier.offline.OfflineImage;
import java.nio.file.Path;

/**
 * Starts the targets a verification runs on. {@link #CONTAINERS} stands for the containers that fit
 * the bundle ({@link #containersFor}); tests substitute their own to prove what is, and is not, started.
 */
@FunctionalInterface
public interface TargetFactory {

  /** Containers from the Debian 12 {@link Images#target()} with systemd as PID 1; offline ones have network {@code none}. */
  TargetFactory CONTAINERS = offline -> containers(Images.target(), offline, true);

  /**
   * Containers from the target image of {@code suite} (the bundle's distro, built on first use), booted
   * with systemd as PID 1 unless {@code systemd} is false; the offline target of a bundle that vendors its
   * packages is the {@code bare} image ({@link OfflineImage}), which has no systemd: such a bundle must
   * prove it installs its packages itself.
   */
  static TargetFactory containersFor(Path bundle, Images.Suite suite, boolean systemd) {
    return offline -> {
      boolean bare = offline && OfflineImage.vendorsPackages(bundle);
      return containers(bare ? Images.bare(suite) : Images.target(suite), offline, systemd && !bare);
    };
  }

  private static Target containers(String image, boolean offline, boolean systemd) {
    ContainerTarget.Builder builder = ContainerTarget.of(image);
    if (offline) {
      builder.offline();
    }
    if (systemd) {
      builder.systemd();
    }
    return builder.start();
  }

  /**
   * A started target; with {@code offline} one without network. Throws {@link TargetException}
   * when none can be started (no Docker engine, an image that cannot be built).
   */
  Target start(boolean offline);
}
