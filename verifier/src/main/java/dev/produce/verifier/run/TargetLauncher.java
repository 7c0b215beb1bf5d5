package dev.produce.verifier.run;

import dev.produce.verifier.container.Target;
import dev.produce.verifier.container.TargetException;

/**
 * Starts a fresh target for a phase that needs its own, e.g. the offline phase's target with
 * network {@code none}: {@code () -> ContainerTarget.of(Images.target()).offline().start()}.
 * The runner closes it after the phase when it is {@link AutoCloseable}.
 */
@FunctionalInterface
public interface TargetLauncher {

  /** A started target; throws {@link TargetException} when none can be started. */
  Target launch();
}
