package dev.produce.cli.verify;

import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.Images;
import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;
import dev.produce.verifier.offline.OfflineImage;
import java.nio.file.Path;

/**
 * Starts the targets a verification runs on. {@link #CONTAINERS} starts containers from the
 * target image; tests substitute their own to prove what is, and is not, started.
 */
@FunctionalInterface
public interface TargetFactory {

  /** Containers from {@link Images#target()} (built on first use); offline ones have network {@code none}. */
  TargetFactory CONTAINERS = offline -> offline
      ? ContainerTarget.of(Images.target()).offline().start()
      : ContainerTarget.of(Images.target()).start();

  /**
   * {@link #CONTAINERS}, except that the offline target of a bundle that vendors its packages is
   * the {@code bare} image ({@link OfflineImage}): such a bundle must prove it installs them itself.
   */
  static TargetFactory containersFor(Path bundle) {
    return offline -> offline
        ? ContainerTarget.of(OfflineImage.forBundle(bundle)).offline().start()
        : CONTAINERS.start(false);
  }

  /**
   * A started target; with {@code offline} one without network. Throws {@link TargetException}
   * when none can be started (no Docker engine, an image that cannot be built).
   */
  Target start(boolean offline);
}
