/**
 * Where checks run: a {@link dev.produce.verifier.container.Target} is something
 * commands can be executed in and files copied to and from.
 *
 * <p>{@link dev.produce.verifier.container.ContainerTarget} is the one class that
 * owns containers (Testcontainers) and {@link dev.produce.verifier.container.Images}
 * the one place image names are pinned; images are built locally from the
 * recipes under {@code fixtures/images/}. Docker failures surface as
 * {@link dev.produce.verifier.container.TargetException}.
 */
package dev.produce.verifier.container;
